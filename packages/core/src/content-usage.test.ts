import { describe, expect, it } from 'vitest';
import { parseContentUsage, serializeContentUsage } from './content-usage.js';

describe('parseContentUsage', () => {
  it('reads a CC signal as an exception on a disallow', () => {
    expect(parseContentUsage('train-ai=n;exceptions=cc-cr').preferences).toEqual({
      'train-ai': { preference: 'disallowed', exception: 'cc-cr' },
    });
  });

  it('makes every category unknown for the draft example of bad values', () => {
    expect(parseContentUsage('train-ai=y, train-ai, search=n, search="n"').preferences).toEqual({});
  });

  it('lets the last repeated key win, parameters included', () => {
    expect(parseContentUsage('train-ai;allow=n, train-ai=y').preferences).toEqual({
      'train-ai': { preference: 'allowed' },
    });
  });

  it('reports the offset when the dictionary does not parse', () => {
    const parsed = parseContentUsage('train-ai=n, Search=y');
    expect(parsed.preferences).toEqual({});
    expect(parsed.error?.offset).toBe(12);
    expect(parsed.error?.field).toBe('Content-Usage');
  });

  it('ignores labels of earlier drafts by default and reports them', () => {
    for (const value of ['bots=y', 'tdm=y', 'ai=y', 'train-genai=n;exceptions=cc-cr-ec']) {
      const parsed = parseContentUsage(value);
      expect(parsed.preferences).toEqual({});
      expect(parsed.legacy).toHaveLength(1);
    }
    expect(parseContentUsage('train-genai=n;exceptions=cc-cr-ec').legacy[0]).toMatchObject({
      label: 'train-genai',
      drafts: ['-02', '-03'],
      scope: 'narrower',
      wouldMean: { 'train-ai': { preference: 'disallowed', exception: 'cc-cr-ec' } },
      applied: {},
    });
  });

  it('lets earlier-draft labels add disallows, never allows, only on opt-in', () => {
    const restrictive = { legacy: 'restrictive' } as const;
    expect(parseContentUsage('ai=n;exceptions=cc-cr', undefined, restrictive).preferences).toEqual({
      'train-ai': { preference: 'disallowed', exception: 'cc-cr' },
    });
    expect(parseContentUsage('bots=y, tdm=y, ai=y', undefined, restrictive).preferences).toEqual({});
    expect(parseContentUsage('all=n, search=y', undefined, restrictive).preferences).toEqual({
      'train-ai': { preference: 'disallowed' },
      search: { preference: 'allowed' },
    });
  });
});

describe('serializeContentUsage', () => {
  it('writes the vocabulary order and leaves unknown out', () => {
    expect(
      serializeContentUsage({
        search: { preference: 'allowed' },
        'train-ai': { preference: 'disallowed', exception: 'cc-cr-ec' },
        other: { preference: 'unknown' },
      }),
    ).toBe('train-ai=n;exceptions=cc-cr-ec, search=y');
  });

  it('rejects a label that is not a key', () => {
    expect(() => serializeContentUsage({ 'Train-AI': { preference: 'allowed' } })).toThrow(/Train-AI/);
  });
});
