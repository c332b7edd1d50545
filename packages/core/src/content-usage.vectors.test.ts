import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContentUsage } from './content-usage.js';

interface Vector {
  name: string;
  input: string;
  expected: Record<string, unknown>;
  parseError?: boolean;
}

const vectors = JSON.parse(
  readFileSync(new URL('../vectors/content-usage.json', import.meta.url), 'utf8'),
) as { cases: Vector[] };

describe('Content-Usage conformance vectors', () => {
  it.each(vectors.cases)('$name', (vector) => {
    const parsed = parseContentUsage(vector.input);
    expect(parsed.preferences).toEqual(vector.expected);
    expect(parsed.error !== undefined).toBe(vector.parseError ?? false);
  });
});
