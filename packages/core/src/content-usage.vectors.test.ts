import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContentUsage, type ContentUsageReadOptions } from './content-usage.js';

interface Vector {
  name: string;
  input: string;
  expected: Record<string, unknown>;
  parseError?: boolean;
}

interface PolicyVector extends Vector {
  options: ContentUsageReadOptions;
  legacy: { label: string; wouldMean: Record<string, unknown>; applied: Record<string, unknown> }[];
}

const conformance = JSON.parse(readFileSync(new URL('../vectors/content-usage.json', import.meta.url), 'utf8')) as {
  cases: Vector[];
};
const policy = JSON.parse(readFileSync(new URL('../vectors/content-usage-policy.json', import.meta.url), 'utf8')) as {
  cases: PolicyVector[];
};

describe('Content-Usage conformance vectors (the drafts only)', () => {
  it.each(conformance.cases)('$name', (vector) => {
    const parsed = parseContentUsage(vector.input);
    expect(parsed.preferences).toEqual(vector.expected);
    expect(parsed.error !== undefined).toBe(vector.parseError ?? false);
  });
});

describe('Content-Usage policy vectors (earlier-draft labels)', () => {
  it.each(policy.cases)('$name', (vector) => {
    const parsed = parseContentUsage(vector.input, undefined, vector.options);
    expect(parsed.preferences).toEqual(vector.expected);
    expect(parsed.legacy.map(({ label, wouldMean, applied }) => ({ label, wouldMean, applied }))).toEqual(vector.legacy);
  });
});
