// Runs the real CLI, as a publisher would: `cc-signals inspect --json <url>`.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

const cliPackage = createRequire(import.meta.url).resolve('cc-signals/package.json');
const bin = path.join(path.dirname(cliPackage), 'dist', 'bin.js');

type CliPreferences = Record<string, { preference: string; exception?: string }>;

/** The parts of `inspect --json` these tests read. */
export interface Inspection {
  readonly preferences: CliPreferences;
  readonly readings: readonly { source: string; location: string; applies: boolean; preferences: CliPreferences }[];
  readonly conflicts: readonly unknown[];
}

export async function inspect(url: string): Promise<Inspection> {
  const { stdout } = await promisify(execFile)(process.execPath, [bin, 'inspect', '--json', url]);
  return JSON.parse(stdout) as Inspection;
}

/** The readings of one source that apply to the URL. */
export function applying(inspection: Inspection, source: string): CliPreferences[] {
  return inspection.readings.filter((reading) => reading.source === source && reading.applies).map((reading) => reading.preferences);
}
