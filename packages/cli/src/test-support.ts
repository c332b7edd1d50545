import { readFile } from 'node:fs/promises';
import { run } from './cli.js';

/** Runs the CLI in-process and captures what it writes. */
export async function runCli(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    fetch: globalThis.fetch,
    readFile: (path) => readFile(path, 'utf8'),
  });
  return { code, stdout, stderr };
}
