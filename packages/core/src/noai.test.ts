import { describe, expect, it } from 'vitest';
import { noaiDirectives, parseNoai, serializeNoai } from './noai.js';
import type { Preferences } from './preferences.js';
import { signalTokens } from './signals.js';

const disallowed: Preferences = { 'train-ai': { preference: 'disallowed' } };

describe('noaiDirectives', () => {
  it('opts out of AI training for a plain disallow', () => {
    expect(noaiDirectives(disallowed)).toEqual(['noai', 'noimageai']);
  });

  it.each(signalTokens)('opts out for a disallow except %s, never more permissive', (token) => {
    expect(noaiDirectives({ 'train-ai': { preference: 'disallowed', exception: token } })).toEqual(['noai', 'noimageai']);
  });

  it('says nothing when training is allowed, unknown, or only search is disallowed', () => {
    expect(noaiDirectives({ 'train-ai': { preference: 'allowed' } })).toEqual([]);
    expect(noaiDirectives({ 'train-ai': { preference: 'unknown' } })).toEqual([]);
    expect(noaiDirectives({ search: { preference: 'disallowed' } })).toEqual([]);
    expect(noaiDirectives({})).toEqual([]);
  });

  it('joins the directives for one field value', () => {
    expect(serializeNoai(disallowed)).toBe('noai, noimageai');
    expect(serializeNoai({})).toBe('');
  });
});

describe('parseNoai', () => {
  it('reads both directives, case-insensitively', () => {
    const parsed = parseNoai('NoAI, noimageai');
    expect(parsed.directives).toEqual(['noai', 'noimageai']);
    expect(parsed.preferences).toEqual(disallowed);
    expect(parsed.imagePreferences).toEqual(disallowed);
  });

  it('applies noimageai to images only', () => {
    const parsed = parseNoai('noindex, noimageai');
    expect(parsed.directives).toEqual(['noimageai']);
    expect(parsed.preferences).toEqual({});
    expect(parsed.imagePreferences).toEqual(disallowed);
  });

  it('ignores other directives and look-alikes', () => {
    expect(parseNoai('noindex, nofollow, noaiextra, no ai').directives).toEqual([]);
    expect(parseNoai('').directives).toEqual([]);
  });

  it('applies a line scoped to a crawler only to that crawler', () => {
    expect(parseNoai('otherbot: noai').directives).toEqual([]);
    expect(parseNoai('otherbot: noai', { userAgent: 'Mozilla/5.0 (compatible; OtherBot/1.0)' }).directives).toEqual(['noai']);
    expect(parseNoai('otherbot: noai', { userAgent: 'GPTBot/1.2' }).directives).toEqual([]);
  });

  it('does not take a directive with a colon in its value for a crawler name', () => {
    expect(parseNoai('unavailable_after: 25 Jun 2010 15:00:00 PST, noai').directives).toEqual(['noai']);
  });

  it('reads several field lines', () => {
    expect(parseNoai(['noindex', 'noimageai', 'noai']).directives).toEqual(['noai', 'noimageai']);
  });

  it('round-trips what noaiDirectives writes', () => {
    for (const preferences of [disallowed, {}, { 'train-ai': { preference: 'allowed' as const } }]) {
      expect(parseNoai(serializeNoai(preferences)).directives).toEqual(noaiDirectives(preferences));
      expect(parseNoai(serializeNoai(preferences)).preferences).toEqual(
        noaiDirectives(preferences).length > 0 ? disallowed : {},
      );
    }
  });
});
