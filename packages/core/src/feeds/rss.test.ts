import { describe, expect, it } from 'vitest';
import { CC_SIGNALS_NAMESPACE } from '../emit.js';
import { ValidationError } from '../errors.js';
import type { Preferences } from '../preferences.js';
import { RSL_NAMESPACE } from '../rsl.js';
import { signalByToken, signalTokens } from '../signals.js';
import { ATOM_NAMESPACE } from './fragments.js';
import { parseFeed } from './parse.js';
import { rssNamespaces, serializeRss, serializeRssChannelElements, serializeRssItemElements } from './rss.js';
import type { FeedInput } from './types.js';
import { xmlWellFormednessError } from '../../test-support/well-formed.js';

const credit: Preferences = { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } };
const rsl = { rslLicenseUrl: 'https://example.com/license.xml' };

const statements: Preferences[] = [
  {},
  { 'train-ai': { preference: 'allowed' } },
  { 'train-ai': { preference: 'disallowed' }, search: { preference: 'allowed' } },
  ...signalTokens.map((token): Preferences => ({ 'train-ai': { preference: 'disallowed', exception: token } })),
];

function feed(channel: Preferences, item?: Preferences): FeedInput {
  return {
    title: 'Blog',
    link: 'https://example.com/',
    preferences: channel,
    items: [
      { title: 'Inherits', link: 'https://example.com/1' },
      { title: 'Own', link: 'https://example.com/2', preferences: item },
    ],
  };
}

describe('rssNamespaces', () => {
  it('declares our namespace and Atom, and RSL only with a licence URL', () => {
    expect(rssNamespaces()).toEqual({ 'xmlns:ccs': CC_SIGNALS_NAMESPACE, 'xmlns:atom': ATOM_NAMESPACE });
    expect(rssNamespaces(rsl)['xmlns:rsl']).toBe(RSL_NAMESPACE);
  });
});

describe('serializeRssChannelElements', () => {
  it('writes the Content-Usage value and an RFC 4946 licence link', () => {
    expect(serializeRssChannelElements(credit)).toBe(
      [
        '<ccs:content-usage>train-ai=n;exceptions=cc-cr</ccs:content-usage>',
        `<atom:link rel="https://cc-signals.org/ns/1.0/signal" href="${signalByToken('cc-cr')?.url ?? ''}" title="CC Credit 0.1"/>`,
      ].join('\n'),
    );
  });

  it('adds the RSL licence link when one is set', () => {
    expect(serializeRssChannelElements(credit, rsl)).toContain(
      '<atom:link rel="license" type="application/rsl+xml" href="https://example.com/license.xml"/>',
    );
  });

  it('writes nothing without preferences or with contentUsage: false', () => {
    expect(serializeRssChannelElements({}, rsl)).toBe('');
    expect(serializeRssChannelElements(credit, { contentUsage: false })).toBe('');
  });

  it('escapes a token that XML would misread', () => {
    expect(serializeRssChannelElements({ 'train-ai': { preference: 'disallowed', exception: "a&b'c" } })).toContain(
      '<ccs:content-usage>train-ai=n;exceptions=a&amp;b&apos;c</ccs:content-usage>',
    );
  });

  it('rejects what the header cannot carry', () => {
    expect(() => serializeRssChannelElements({ 'train-ai': { preference: 'disallowed', exception: 'a<b' } })).toThrow(ValidationError);
  });
});

describe('serializeRssItemElements', () => {
  it('writes nothing for an item that inherits, without RSL', () => {
    expect(serializeRssItemElements({ link: 'https://example.com/1', channel: credit })).toBe('');
  });

  it('states the channel terms in RSL for an item that inherits', () => {
    const xml = serializeRssItemElements({ link: 'https://example.com/1', channel: credit }, rsl);
    expect(xml).not.toContain('ccs:');
    expect(xml).toMatch(/^<rsl:content url="https:\/\/example\.com\/1">[\s\S]*<rsl:payment type="attribution">/);
  });

  it("states the item's own terms", () => {
    const xml = serializeRssItemElements({ link: '/2', channel: credit, preferences: { search: { preference: 'disallowed' } } }, rsl);
    expect(xml).toContain('<ccs:content-usage>search=n</ccs:content-usage>');
    expect(xml).toContain('<rsl:prohibits type="usage">search</rsl:prohibits>');
    expect(xml).not.toContain('ai-train');
  });
});

describe('serializeRss', () => {
  it.each(statements.flatMap((channel) => statements.map((item) => [JSON.stringify([channel, item]), channel, item] as const)))(
    'round-trips %s',
    (_, channel, item) => {
      const xml = serializeRss(feed(channel, item), rsl);
      expect(xmlWellFormednessError(xml)).toBeUndefined();
      const parsed = parseFeed(xml);
      expect(parsed.format).toBe('rss');
      expect(parsed.channel).toEqual(channel);
      expect(parsed.items.map((entry) => entry.link)).toEqual(['https://example.com/1', 'https://example.com/2']);
      expect(parsed.items[0]?.preferences).toEqual(channel);
      expect(parsed.items[1]?.preferences).toEqual(Object.keys(item).length > 0 ? item : channel);
    },
  );

  it('stays well-formed and exact with hostile values', () => {
    const hostile = `x"y'z<a>&amp;]]>\r\n\u0001end`;
    const xml = serializeRss(
      {
        title: hostile,
        link: `https://example.com/?a=1&b="2"`,
        description: '<![CDATA[ ]]>',
        preferences: credit,
        items: [{ title: hostile, link: `https://example.com/${hostile}`, id: hostile, preferences: credit }],
      },
      rsl,
    );
    expect(xmlWellFormednessError(xml)).toBeUndefined();
    expect(xml).not.toContain('\u0001');
    const item = parseFeed(xml).items[0];
    expect(item?.id).toBe(`x"y'z<a>&amp;]]>\r\nend`);
    expect(item?.link).toBe(`https://example.com/x"y'z<a>&amp;]]>\r\nend`);
    expect(item?.preferences).toEqual(credit);
  });
});

describe('RSL licence URL', () => {
  it('must be absolute http(s), for items too', () => {
    expect(() => serializeRssItemElements({ link: '/1', channel: credit }, { rslLicenseUrl: '/license.xml' })).toThrow(ValidationError);
  });
});
