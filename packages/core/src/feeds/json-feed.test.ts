import { describe, expect, it } from 'vitest';
import { CC_SIGNALS_NAMESPACE } from '../emit.js';
import type { Preferences } from '../preferences.js';
import { signalByToken, signalTokens } from '../signals.js';
import { JSON_FEED_EXTENSION_KEY, jsonFeedExtension, serializeJsonFeed } from './json-feed.js';
import { parseFeed } from './parse.js';

const except = (token: string): Preferences => ({ 'train-ai': { preference: 'disallowed', exception: token } });

describe('jsonFeedExtension', () => {
  it('carries the exact header value and the signal URLs', () => {
    expect(jsonFeedExtension({ ...except('cc-cr-dc'), search: { preference: 'allowed' } })).toEqual({
      about: CC_SIGNALS_NAMESPACE,
      content_usage: 'train-ai=n;exceptions=cc-cr-dc, search=y',
      signals: [signalByToken('cc-cr-dc')?.url],
    });
  });

  it('adds the RSL licence at feed level only', () => {
    const options = { rslLicenseUrl: 'https://example.com/license.xml' };
    expect(jsonFeedExtension(except('cc-cr'), options, true)?.rsl_license).toBe('https://example.com/license.xml');
    expect(jsonFeedExtension(except('cc-cr'), options)?.rsl_license).toBeUndefined();
  });

  it('is undefined when there is nothing to state', () => {
    expect(jsonFeedExtension({})).toBeUndefined();
    expect(jsonFeedExtension(except('cc-cr'), { contentUsage: false })).toBeUndefined();
  });
});

describe('serializeJsonFeed', () => {
  it.each(signalTokens)('round-trips %s with hostile strings intact', (token) => {
    const hostile = `"'<>&]]>\r\n\u2028`;
    const text = serializeJsonFeed({
      title: hostile,
      link: 'https://example.com/',
      preferences: { 'train-ai': { preference: 'allowed' } },
      items: [
        { title: hostile, link: 'https://example.com/1', id: hostile },
        { title: 'Own', link: 'https://example.com/2', preferences: except(token) },
      ],
    });
    const document = JSON.parse(text) as Record<string, unknown>;
    expect(document.version).toBe('https://jsonfeed.org/version/1.1');
    expect(document.title).toBe(hostile);
    expect(document[JSON_FEED_EXTENSION_KEY]).toMatchObject({ content_usage: 'train-ai=y' });
    const parsed = parseFeed(text);
    expect(parsed.format).toBe('json');
    expect(parsed.items).toEqual([
      { id: hostile, link: 'https://example.com/1', preferences: { 'train-ai': { preference: 'allowed' } }, own: false, licenses: [], signals: [] },
      { id: 'https://example.com/2', link: 'https://example.com/2', preferences: except(token), own: true, licenses: [], signals: [signalByToken(token)?.url] },
    ]);
  });
});
