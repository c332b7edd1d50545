import fc from 'fast-check';
import { parseDictionary, Token } from 'structured-headers';
import { describe, expect, it } from 'vitest';
import { scanContentUsage } from './content-usage-scan.js';
import type { CategoryPreference, Preferences } from './preferences.js';

/** The full parser's reading, independently of content-usage.ts: y/n tokens, the last `exceptions` token. */
function reference(input: string): Preferences | 'error' {
  let dictionary;
  try {
    dictionary = parseDictionary(input);
  } catch {
    return 'error';
  }
  const entries: Record<string, CategoryPreference> = {};
  for (const [key, [item, params]] of dictionary) {
    if (!(item instanceof Token) || (item.toString() !== 'y' && item.toString() !== 'n')) continue;
    const exception = params.get('exceptions');
    entries[key] = item.toString() === 'y'
      ? { preference: 'allowed' }
      : exception instanceof Token ? { preference: 'disallowed', exception: exception.toString() } : { preference: 'disallowed' };
  }
  return entries;
}

/** Entries with their key order, which `toEqual` alone does not compare. */
const ordered = (entries: Preferences) => Object.entries(entries).map(([key, value]) => [key, { ...value }]);

const key = fc.oneof(fc.constantFrom('train-ai', 'search', 'bots', 'ai', 'tdm', '*x', 'a.b_c-1'), fc.stringMatching(/^[a-z*][a-z0-9_.*-]{0,6}$/));
const token = fc.oneof(fc.constantFrom('y', 'n', 'cc-cr', 'cc-cr-op', 'Y', 'yes', 'n2', '*'), fc.stringMatching(/^[A-Za-z*][A-Za-z0-9:/!#$%&'*+.^_`|~-]{0,5}$/));
const bare = fc.oneof(token, fc.constantFrom('?1', '?0', '"n"', '1', '-2.5', ':aGk=:', '@1', '%"x"', '(y n)', ''));
const ows = fc.constantFrom('', ' ', '  ', '\t', ' \t');
const param = fc.tuple(fc.constantFrom(';', '; ', ';\t'), fc.oneof(fc.constant('exceptions'), key), fc.option(fc.oneof({ weight: 4, arbitrary: token }, { weight: 1, arbitrary: bare }), { nil: undefined, freq: 4 }))
  .map(([semi, name, value]) => `${semi}${name}${value === undefined ? '' : `=${value}`}`);
const value = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('y', 'n') }, { weight: 1, arbitrary: bare });
const member = fc.tuple(key, fc.option(value, { nil: undefined, freq: 10 }), fc.array(param, { maxLength: 3 }))
  .map(([name, value, params]) => `${name}${value === undefined ? '' : `=${value}`}${params.join('')}`);
const dictionary = fc.tuple(fc.constantFrom('', ' ', '  ', '\t'), fc.array(fc.tuple(member, ows, ows), { maxLength: 5 }), fc.constantFrom('', '', '', ' ', '\t', ',', ', '))
  .map(([lead, members, tail]) => lead + members.map(([text, before, after], index) => `${index === 0 ? '' : `,${after}`}${text}${before}`).join('') + tail);

describe('scanContentUsage, the fast path, against the full RFC 9651 parser', () => {
  it('agrees wherever it answers, key order included, and never answers for a value that does not parse', () => {
    let answered = 0;
    fc.assert(
      fc.property(dictionary, (input) => {
        const fast = scanContentUsage(input);
        const full = reference(input);
        if (fast === undefined) return;
        answered++;
        expect(full).not.toBe('error');
        expect(ordered(fast)).toEqual(ordered(full as Preferences));
      }),
      { numRuns: 3000 },
    );
    // The generator reaches the fast path often enough for the comparison to mean something.
    expect(answered).toBeGreaterThan(300);
  });

  it('agrees on mutated and random text', () => {
    const mutated = fc.tuple(dictionary, fc.nat(), fc.string({ maxLength: 3 })).map(([text, at, insert]) => {
      const index = text.length === 0 ? 0 : at % text.length;
      return text.slice(0, index) + insert + text.slice(index);
    });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ unit: 'binary', maxLength: 30 })), (input) => {
        const fast = scanContentUsage(input);
        if (fast !== undefined) expect(ordered(fast)).toEqual(ordered(reference(input) as Preferences));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for the usual shapes, and leaves the rest to the full parser', () => {
    expect(scanContentUsage('train-ai=n;exceptions=cc-cr, search=y')).toEqual({
      'train-ai': { preference: 'disallowed', exception: 'cc-cr' }, search: { preference: 'allowed' },
    });
    expect(scanContentUsage('  train-ai=y ,\tsearch=n;foo;exceptions=cc-cr;exceptions  ')).toEqual({
      'train-ai': { preference: 'allowed' }, search: { preference: 'disallowed' },
    });
    expect(scanContentUsage('')).toEqual({});
    for (const other of ['train-ai', 'train-ai=?1', 'train-ai="n"', 'train-ai=yes', 'train-ai=(y)', 'train-ai=n;exceptions="cc-cr"', 'Train-ai=y', 'train-ai=y,', '\ttrain-ai=y', 'train-ai =y']) {
      expect(scanContentUsage(other)).toBeUndefined();
    }
  });
});
