import { parseContentUsage, type LegacyLabelReading, type LegacyReading } from '@cc-signals/core';
import { UsageError, type Io } from '../io.js';
import { json, toCliPreferences, vocabularyOption } from '../output.js';

/**
 * `cc-signals parse '<Content-Usage value>' [--legacy restrictive] [--vocabulary <id>] [--json]`:
 * prints the preferences as JSON, read to the letter of the draft; labels of
 * earlier drafts are reported on stderr (and in `--json`), and applied, only
 * as disallows, with `--legacy restrictive`.
 */
export function parseCommand(
  positionals: readonly string[],
  values: { legacy?: string; json?: boolean; vocabulary?: string },
  io: Io,
): number {
  if (positionals.length !== 1 || positionals[0] === undefined) {
    throw new UsageError("parse takes exactly one argument: the Content-Usage value, e.g. 'train-ai=n'");
  }
  const legacy = legacyOption(values.legacy);
  const vocabulary = vocabularyOption(values.vocabulary);
  const parsed = parseContentUsage(positionals[0], vocabulary, { legacy });
  if (parsed.error) io.stderr(`warning: ${parsed.error.message}; every category is unknown\n`);
  for (const entry of parsed.legacy) io.stderr(`${legacyNote(entry, legacy)}\n`);
  if (!values.json) {
    io.stdout(json(toCliPreferences(parsed.preferences, vocabulary)));
    return 0;
  }
  io.stdout(
    json({
      preferences: toCliPreferences(parsed.preferences, vocabulary),
      vocabulary: vocabulary.id ?? vocabulary.source,
      legacyReading: legacy,
      legacy: parsed.legacy,
      ...(parsed.error ? { error: { field: parsed.error.field, message: parsed.error.message } } : {}),
    }),
  );
  return 0;
}

/** The value of `--legacy`: `ignore` (the draft's rule, default) or `restrictive`. */
export function legacyOption(value: string | undefined): LegacyReading {
  if (value === undefined || value === 'ignore' || value === 'restrictive') return value ?? 'ignore';
  throw new UsageError(`--legacy: "${value}" is not allowed; expected "ignore" or "restrictive"`);
}

/** One line about an earlier draft's label: what it would mean, and whether it was applied. */
export function legacyNote(entry: LegacyLabelReading, legacy: LegacyReading, where = ''): string {
  const value = `${entry.label}=${entry.value.preference === 'allowed' ? 'y' : 'n'}`;
  const meaning = Object.entries(entry.wouldMean)
    .map(([label, preference]) => `${label} ${preference.preference}`)
    .join(', ');
  const applied = Object.keys(entry.applied);
  const outcome =
    applied.length > 0
      ? `applied as a disallow of ${applied.join(', ')} (--legacy restrictive)`
      : legacy === 'restrictive'
        ? 'not applied (only disallows of categories the current labels leave unknown are)'
        : 'ignored, as the current draft says (use --legacy restrictive to apply its disallows)';
  return `note: ${value}${where} is a label of draft ${entry.drafts.join('/')}, not of the current vocabulary${meaning ? `; it would mean ${meaning}` : ''}: ${outcome}`;
}
