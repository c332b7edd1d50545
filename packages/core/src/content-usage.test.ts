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

  it('applies labels of earlier drafts where the current label is absent', () => {
    expect(parseContentUsage('ai=n;exceptions=cc-cr').preferences).toEqual({
      'train-ai': { preference: 'disallowed', exception: 'cc-cr' },
    });
    expect(parseContentUsage('all=n, search=y').preferences).toEqual({
      'train-ai': { preference: 'disallowed' },
      search: { preference: 'allowed' },
    });
    expect(parseContentUsage('train-genai=y').preferences).toEqual({});
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
