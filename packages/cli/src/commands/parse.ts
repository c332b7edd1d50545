import { parseContentUsage } from '@cc-signals/core';
import { UsageError, type Io } from '../io.js';
import { json, toCliPreferences } from '../output.js';

/** `cc-signals parse '<Content-Usage value>'`: prints the preferences as JSON. */
export function parseCommand(positionals: readonly string[], io: Io): number {
  if (positionals.length !== 1 || positionals[0] === undefined) {
    throw new UsageError("parse takes exactly one argument: the Content-Usage value, e.g. 'train-ai=n'");
  }
  const parsed = parseContentUsage(positionals[0]);
  if (parsed.error) io.stderr(`warning: ${parsed.error.message}; every category is unknown\n`);
  io.stdout(json(toCliPreferences(parsed.preferences)));
  return 0;
}
