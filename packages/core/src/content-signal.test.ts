import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SIGNAL_POLICY_COMMENT,
  contentSignalExceptionComment,
  parseContentSignal,
  serializeContentSignal,
} from './content-signal.js';
import type { Preferences } from './preferences.js';
import type { Vocabulary } from './vocabulary.js';
import { currentVocabulary } from './vocabulary.js';

describe('serializeContentSignal', () => {
  it('maps search and train-ai, yes and no', () => {
    expect(
      serializeContentSignal({
        'train-ai': { preference: 'disallowed' },
        search: { preference: 'allowed' },
      }),
    ).toBe('search=yes, ai-train=no');
  });

  it('never widens train-ai=y into ai-train=yes unless the publisher opted in', () => {
    const allowed = { 'train-ai': { preference: 'allowed' }, search: { preference: 'allowed' } } as const;
    expect(serializeContentSignal(allowed)).toBe('search=yes');
    expect(serializeContentSignal(allowed, { anyAiTraining: true })).toBe('search=yes, ai-train=yes');
    expect(serializeContentSignal({ 'train-ai': { preference: 'disallowed' } })).toBe('ai-train=no');
  });

  it('labels its policy comment as a summary, with the policy URL', () => {
    expect(CONTENT_SIGNAL_POLICY_COMMENT[0]).toMatch(/^# Summary, not the policy's text: .*https:\/\/contentsignals\.org\//);
  });

  it('writes a disallow with a CC signal as no, never yes', () => {
    expect(
      serializeContentSignal({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr-op' } }),
    ).toBe('ai-train=no');
  });

  it('leaves out unknown and unmapped categories', () => {
    expect(
      serializeContentSignal({
        search: { preference: 'unknown' },
        'ai-input': { preference: 'allowed' },
      }),
    ).toBe('');
  });

  it('follows a vocabulary that relabels a category', () => {
    const relabelled: Vocabulary = {
      ...currentVocabulary,
      categories: currentVocabulary.categories.map((category) =>
        category.id === 'train-ai' ? { ...category, label: 'ai-training' } : category,
      ),
    };
    expect(
      serializeContentSignal({ 'ai-training': { preference: 'disallowed' } }, relabelled),
    ).toBe('ai-train=no');
    expect(parseContentSignal('ai-train=no', relabelled)).toEqual({
      'ai-training': { preference: 'disallowed' },
    });
  });
});

describe('contentSignalExceptionComment', () => {
  it('explains each no that stands for a CC signal exception', () => {
    const lines = contentSignalExceptionComment({
      'train-ai': { preference: 'disallowed', exception: 'cc-cr-ec' },
      search: { preference: 'disallowed' },
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('ai-train=no');
    expect(lines[0]).toContain('CC Credit + Ecosystem Contribution 0.1 (cc-cr-ec)');
    expect(lines.every((line) => line.startsWith('# '))).toBe(true);
  });

  it('names an unknown exception token as it is', () => {
    expect(
      contentSignalExceptionComment({
        search: { preference: 'disallowed', exception: 'x-paid' },
      })[0],
    ).toContain('search=no: Search is allowed only under the conditions (x-paid)');
  });

  it('is empty without exceptions', () => {
    expect(contentSignalExceptionComment({ 'train-ai': { preference: 'disallowed' } })).toEqual([]);
  });

  it('keeps the policy comment to a few comment lines', () => {
    expect(CONTENT_SIGNAL_POLICY_COMMENT.length).toBeLessThanOrEqual(6);
    expect(
      CONTENT_SIGNAL_POLICY_COMMENT.every((line) => line.startsWith('# ') && line.length <= 110),
    ).toBe(true);
  });
});

describe('parseContentSignal', () => {
  it('maps yes and no to IETF preferences and ignores ai-input', () => {
    expect(parseContentSignal('search=yes, ai-input=no, ai-train=no')).toEqual({
      search: { preference: 'allowed' },
      'train-ai': { preference: 'disallowed' },
    });
  });

  it('ignores unknown names and invalid values, tolerates case and spaces', () => {
    expect(parseContentSignal(' SEARCH = Yes ,ai-train=maybe, use=reference, junk')).toEqual({
      search: { preference: 'allowed' },
    });
  });

  it('keeps the most restrictive of a repeated name', () => {
    expect(parseContentSignal('ai-train=no, ai-train=yes')).toEqual({
      'train-ai': { preference: 'disallowed' },
    });
  });

  it('gives back what serializeContentSignal wrote, exceptions read as plain no', () => {
    const entry = fc.constantFrom<Preferences[string]>(
      { preference: 'allowed' },
      { preference: 'disallowed' },
      { preference: 'disallowed', exception: 'cc-cr' },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('search', 'train-ai'), entry), (value) => {
        const expected = Object.fromEntries(
          Object.entries(value).map(([label, { preference }]) => [label, { preference }]),
        );
        expect(parseContentSignal(serializeContentSignal(value, { anyAiTraining: true }))).toEqual(expected);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => void parseContentSignal(value)),
    );
  });
});
