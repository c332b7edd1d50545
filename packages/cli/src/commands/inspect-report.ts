import {
  currentVocabulary,
  describePreference,
  preferenceOf,
  type CategoryPreference,
  type ReaderResult,
  type Reading,
} from '@cc-signals/core';
import { toCliPreferences } from '../output.js';

const SOURCE_NAMES: Record<Reading['source'], string> = {
  'content-usage-header': 'Content-Usage header',
  'content-usage-meta': 'content-usage meta',
  'robots-txt': 'robots.txt Content-Usage',
  'feed-item': 'feed item',
  'feed-channel': 'feed channel',
  'content-signal': 'robots.txt Content-Signal',
  tdmrep: 'TDMRep',
  noai: 'noai',
};

/** The machine-readable report of `inspect --json`. */
export function inspectionJson(url: string, agent: string, result: ReaderResult) {
  return {
    url,
    agent,
    crawl: result.crawl,
    preferences: toCliPreferences(result.preferences),
    sentences: Object.fromEntries(
      currentVocabulary.categories.map((category) => [
        category.label,
        describePreference(category.label, preferenceOf(result.preferences, category.label)),
      ]),
    ),
    readings: result.readings.map((reading) => ({
      source: reading.source,
      location: reading.location,
      ietf: reading.ietf,
      applies: reading.applies,
      preferences: toCliPreferences(reading.preferences),
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
export function inspectionTable(url: string, agent: string, result: ReaderResult): string {
  const labels = currentVocabulary.categories.map((category) => category.label);
  const rows: string[][] = [['source', 'location', ...labels]];
  // Readings that do not apply (a feed's channel, seen from a page) are in --json only.
  for (const reading of result.readings.filter((entry) => entry.applies)) {
    const name = SOURCE_NAMES[reading.source] + (reading.ietf ? '' : ' (mapped)');
    rows.push([name, reading.location, ...labels.map((label) => cell(preferenceOf(reading.preferences, label)))]);
  }
  rows.push(['combined', '', ...labels.map((label) => cell(preferenceOf(result.preferences, label)))]);
  const lines = [`${url} (user agent ${agent})`, '', ...table(rows), ''];
  lines.push(`crawl: ${result.crawl ? 'allowed' : 'disallowed by robots.txt'}`);
  for (const label of labels) lines.push(describePreference(label, preferenceOf(result.preferences, label)));
  lines.push('', ...conflictLines(result));
  return `${lines.join('\n')}\n`;
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
