import { parseArgs } from 'node:util';
import { vocabularyIds } from '@cc-signals/core';
import { parseCommand } from './commands/parse.js';
import { InputError, UsageError, exitCodes, type Io } from './io.js';

const USAGE = `Usage:
  cc-signals parse '<Content-Usage value>' [--legacy restrictive] [--vocabulary <id>] [--json]
  cc-signals robots <file-or-url> --path <path> [--agent <user-agent>] [--vocabulary <id>]
  cc-signals inspect <url> [--agent <user-agent>] [--legacy restrictive] [--vocabulary <id>] [--json]

Labels of earlier drafts of the vocabulary are ignored, as the current draft
says, and reported; --legacy restrictive lets them add disallows, never allows.
--vocabulary reads with another shipped draft: ${vocabularyIds.join(', ')}
(the first is the default; -08 does not reflect the working group's consensus).`;

const options = {
  path: { type: 'string' },
  agent: { type: 'string' },
  json: { type: 'boolean' },
  legacy: { type: 'string' },
  vocabulary: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs the CLI with these arguments and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true });
    const [command, ...rest] = positionals;
    if (values.help || command === 'help') {
      io.stdout(`${USAGE}\n`);
      return exitCodes.ok;
    }
    return await dispatch(command, rest, values, io);
  } catch (error) {
    return report(error, io);
  }
}

type Values = { path?: string; agent?: string; json?: boolean; legacy?: string; vocabulary?: string };

async function dispatch(command: string | undefined, rest: string[], values: Values, io: Io): Promise<number> {
  switch (command) {
    case 'parse':
      return parseCommand(rest, values, io);
    case 'robots':
      return (await import('./commands/robots.js')).robotsCommand(rest, values, io);
    case 'inspect':
      return (await import('./commands/inspect.js')).inspectCommand(rest, values, io);
    case undefined:
      throw new UsageError('missing command: parse, robots or inspect (see --help)');
    default:
      throw new UsageError(`unknown command "${command}": expected parse, robots or inspect`);
  }
}

function report(error: unknown, io: Io): number {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError || isParseArgsError(error)) {
    io.stderr(`cc-signals: ${message}\n`);
    return exitCodes.usage;
  }
  if (error instanceof InputError) {
    io.stderr(`cc-signals: ${message}\n`);
    return exitCodes.failure;
  }
  io.stderr(`cc-signals: unexpected error: ${error instanceof Error ? (error.stack ?? message) : message}\n`);
  return exitCodes.failure;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
