import {
  currentVocabulary,
  type LegacyReading,
  describePreference,
  preferenceOf,
  type CategoryPreference,
  type ReaderResult,
  type Reading,
  type Vocabulary,
} from '@cc-signals/core';
import { toCliPreferences } from '../output.js';
import { legacyNote } from './parse.js';

/** What was inspected, and how. */
export interface InspectionReport {
  readonly url: string;
  readonly agent: string;
  readonly legacy: LegacyReading;
  /** The vocabulary read with; the default (-07) when absent. */
  readonly vocabulary?: Vocabulary;
}

const SOURCE_NAMES: Record<Reading['source'], string> = {
  'content-usage-header': 'Content-Usage header',
  'content-usage-meta': 'content-usage meta',
  'robots-txt': 'robots.txt Content-Usage',
  'feed-item': 'feed item',
  'feed-channel': 'feed channel',
  'content-signal': 'robots.txt Content-Signal',
  tdmrep: 'TDMRep',
  noai: 'noai',
  rsl: 'RSL licence',
};

/** The machine-readable report of `inspect --json`. */
export function inspectionJson({ url, agent, legacy, vocabulary = currentVocabulary }: InspectionReport, result: ReaderResult) {
  return {
    url,
    agent,
    vocabulary: vocabulary.id ?? vocabulary.source,
    legacyReading: legacy,
    crawl: result.crawl,
    preferences: toCliPreferences(result.preferences, vocabulary),
    origins: Object.fromEntries(
      Object.entries(result.origins).map(([label, readings]) => [
        label,
        readings.map((reading) => ({ source: reading.source, location: reading.location, label: originLabel(reading, label), ietf: reading.ietf })),
      ]),
    ),
    legacy: result.legacy,
    overrides: result.overrides,
    sentences: Object.fromEntries(
      vocabulary.categories.map((category) => [
        category.label,
        describePreference(category.label, preferenceOf(result.preferences, category.label), { vocabulary }),
      ]),
    ),
    readings: result.readings.map((reading) => ({
      source: reading.source,
      location: reading.location,
      ietf: reading.ietf,
      applies: reading.applies,
      preferences: toCliPreferences(reading.preferences, vocabulary),
    })),
    conflicts: result.conflicts.map((conflict) => ({
      category: conflict.category,
      sources: conflict.readings.map((reading) => ({
        source: reading.source,
        location: reading.location,
        ...preferenceOf(reading.preferences, conflict.category),
      })),
    })),
  };
}

/** The human-readable report of `inspect`: a table of sources, conflicts, and the combined result. */
export function inspectionTable({ url, agent, legacy, vocabulary = currentVocabulary }: InspectionReport, result: ReaderResult): string {
  const labels = vocabulary.categories.map((category) => category.label);
  const rows: string[][] = [['source', 'location', ...labels]];
  // Readings that do not apply (a feed's channel, seen from a page) are in --json only.
  for (const reading of result.readings.filter((entry) => entry.applies)) {
    const name = SOURCE_NAMES[reading.source] + (reading.ietf ? '' : ' (mapped)');
    rows.push([name, reading.location, ...labels.map((label) => cell(preferenceOf(reading.preferences, label)))]);
  }
  rows.push(['combined', '', ...labels.map((label) => cell(preferenceOf(result.preferences, label)))]);
  const lines = [`${url} (user agent ${agent})`, '', ...table(rows), ''];
  lines.push(`crawl: ${result.crawl ? 'allowed' : 'disallowed by robots.txt'}`);
  for (const label of labels) lines.push(describePreference(label, preferenceOf(result.preferences, label), { vocabulary }));
  lines.push('', ...originLines(result), '', ...conflictLines(result), ...overrideLines(result));
  const notes = result.legacy.map((entry) => `  ${legacyNote(entry, legacy, ` in ${SOURCE_NAMES[entry.source]}`)}`);
  if (notes.length > 0) lines.push('', 'earlier-draft labels (a mistake to fix on a site you publish):', ...notes);
  return `${lines.join('\n')}\n`;
}

/** The label a reading stated the category under: its own, or the neighbouring format's name. */
function originLabel(reading: Reading, label: string): string {
  const names: Partial<Record<Reading['source'], string>> = {
    'content-signal': 'ai-train / ai-input / search (Content-Signal)',
    tdmrep: `tdm-reservation (${reading.form ?? 'TDMRep'})`,
    noai: 'noai',
    rsl: 'RSL usage',
  };
  return reading.ietf ? label : (names[reading.source] ?? reading.source);
}

function originLines(result: ReaderResult): string[] {
  const entries = Object.entries(result.origins);
  if (entries.length === 0) return ['from: no source states a preference'];
  return [
    'from:',
    ...entries.map(
      ([label, readings]) =>
        `  ${label}: ` +
        readings.map((reading) => `${SOURCE_NAMES[reading.source]} (${originLabel(reading, label)}, ${reading.location})`).join('; '),
    ),
  ];
}

/** -08 § 4.3: a stated Search preference overrides the others for uses that qualify as Search. */
function overrideLines(result: ReaderResult): string[] {
  return result.overrides.map(
    (entry) => `overrides: ${entry.label} (${cell(entry.preference)}) overrides ${entry.overrides.join(', ')} for uses that qualify as ${entry.label}`,
  );
}

function conflictLines(result: ReaderResult): string[] {
  if (result.conflicts.length === 0) return ['conflicts: none'];
  return [
    'conflicts:',
    ...result.conflicts.map(
      (conflict) =>
        `  ${conflict.category}: ` +
        conflict.readings
          .map((reading) => `${SOURCE_NAMES[reading.source]} says ${cell(preferenceOf(reading.preferences, conflict.category))}`)
          .join('; '),
    ),
  ];
}

function cell(value: CategoryPreference): string {
  if (value.preference === 'disallowed' && value.exception) return `disallowed except ${value.exception}`;
  return value.preference;
}

function table(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((text, column) => text.padEnd(widths[column] ?? 0)).join('  ').trimEnd());
}
