/** Where a command writes, and how it reaches the network; tests pass their own. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly fetch: typeof fetch;
  readonly readFile: (path: string) => Promise<string>;
}

/** A mistake in how the command was called: one line on stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A failure to fetch or read an input: a clear message, exit code 1. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Exit codes of the `cc-signals` command. */
export const exitCodes = { ok: 0, failure: 1, usage: 2 } as const;
