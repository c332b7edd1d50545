import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Preferences } from '../preferences.js';
import { evaluateRobots } from './evaluate.js';
import { ROBOTS_TXT_MAX_BYTES } from './parse.js';

interface Vector {
  name: string;
  robots: string;
  padTo?: number;
  url: string;
  userAgent: string;
  expected: { crawl: boolean; preferences: Preferences; contentSignal?: Preferences };
}

const vectors = JSON.parse(
  readFileSync(new URL('../../vectors/robots.json', import.meta.url), 'utf8'),
) as { description: string; cases: Vector[] };

/** The file a vector describes, with its `{PAD}` comment line grown to `padTo` octets. */
function robotsText(vector: Vector): string {
  if (vector.padTo === undefined) return vector.robots;
  const [before = '', after = ''] = vector.robots.split('{PAD}');
  const fill = vector.padTo - Buffer.byteLength(before);
  expect(fill).toBeGreaterThan(0);
  return `${before}${'#'.repeat(fill)}${after}`;
}

describe('robots.txt conformance vectors', () => {
  it('is documented and covers the parsing limit', () => {
    expect(vectors.description).toMatch(/RFC 9309/);
    const padded = vectors.cases.filter((vector) => vector.padTo !== undefined);
    expect(padded.length).toBeGreaterThan(0);
    for (const vector of padded) {
      expect(Buffer.byteLength(robotsText(vector))).toBeGreaterThan(ROBOTS_TXT_MAX_BYTES - 1024);
    }
  });

  it.each(vectors.cases)('$name', (vector) => {
    const result = evaluateRobots(robotsText(vector), vector.url, vector.userAgent);
    expect({ crawl: result.crawl, preferences: result.preferences }).toEqual({
      crawl: vector.expected.crawl,
      preferences: vector.expected.preferences,
    });
    if (vector.expected.contentSignal)
      expect(result.contentSignal).toEqual(vector.expected.contentSignal);
  });
});
