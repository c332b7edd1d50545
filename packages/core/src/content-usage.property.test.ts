import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContentUsage, serializeContentUsage } from './content-usage.js';
import type { CategoryPreference, Preferences } from './preferences.js';
import { signalTokens } from './signals.js';
import { currentVocabulary } from './vocabulary.js';

const labels = currentVocabulary.categories.map((category) => category.label);

const categoryPreference: fc.Arbitrary<CategoryPreference> = fc.oneof(
  fc.constant<CategoryPreference>({ preference: 'allowed' }),
  fc.constant<CategoryPreference>({ preference: 'disallowed' }),
  fc.constantFrom(...signalTokens).map<CategoryPreference>((exception) => ({
    preference: 'disallowed',
    exception,
  })),
);

const preferences: fc.Arbitrary<Preferences> = fc.dictionary(fc.constantFrom(...labels), categoryPreference);

describe('Content-Usage properties', () => {
  it('parse(serialize(x)) == x', () => {
    fc.assert(
      fc.property(preferences, (value) => {
        expect(parseContentUsage(serializeContentUsage(value)).preferences).toEqual(value);
      }),
    );
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        parseContentUsage(input);
      }),
    );
  });

  it('never throws on mutated valid values, and reports unknown rather than guessing', () => {
    const mutated = fc
      .tuple(preferences, fc.nat(), fc.string({ maxLength: 3 }))
      .map(([value, at, insert]) => {
        const text = serializeContentUsage(value);
        const index = text.length === 0 ? 0 : at % text.length;
        return text.slice(0, index) + insert + text.slice(index);
      });
    fc.assert(
      fc.property(mutated, (input) => {
        const parsed = parseContentUsage(input);
        for (const value of Object.values(parsed.preferences)) {
          expect(['allowed', 'disallowed']).toContain(value.preference);
        }
      }),
    );
  });
});
