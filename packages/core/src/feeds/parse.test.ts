import { describe, expect, it } from 'vitest';
import { CC_SIGNALS_NAMESPACE } from '../emit.js';
import { RSL_NAMESPACE } from '../rsl.js';
import { parseFeed } from './parse.js';

const ns = `xmlns:ccs="${CC_SIGNALS_NAMESPACE}" xmlns:rsl="${RSL_NAMESPACE}"`;
const rss = (channel: string, items: string[]): string =>
  `<rss version="2.0" ${ns}><channel><title>t</title>${channel}${items.map((item) => `<item>${item}</item>`).join('')}</channel></rss>`;
const prohibit = (usage: string): string =>
  `<rsl:content url="/"><rsl:license><rsl:prohibits type="usage">${usage}</rsl:prohibits></rsl:license></rsl:content>`;

describe('parseFeed', () => {
  it('combines several elements most restrictively', () => {
    const parsed = parseFeed(rss('<ccs:content-usage>train-ai=y</ccs:content-usage><ccs:content-usage>train-ai=n</ccs:content-usage>', []));
    expect(parsed.channel).toEqual({ 'train-ai': { preference: 'disallowed' } });
  });

  it('reads CDATA and other prefixes for our namespace', () => {
    const xml = `<rss xmlns:x="${CC_SIGNALS_NAMESPACE}"><channel><x:content-usage><![CDATA[train-ai=n;exceptions=cc-cr]]></x:content-usage></channel></rss>`;
    expect(parseFeed(xml).channel).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } });
  });

  it('ignores our element name in another namespace', () => {
    const xml = '<rss xmlns:ccs="urn:not-ours"><channel><ccs:content-usage>train-ai=y</ccs:content-usage></channel></rss>';
    expect(parseFeed(xml).channel).toEqual({});
  });

  it('gives an item whose value does not parse the channel preferences', () => {
    const parsed = parseFeed(rss('<ccs:content-usage>search=n</ccs:content-usage>', ['<ccs:content-usage>Search=y</ccs:content-usage>']));
    expect(parsed.items[0]).toMatchObject({ preferences: { search: { preference: 'disallowed' } }, own: false });
  });

  it('lets an item RSL prohibit restrict what the channel allows', () => {
    const parsed = parseFeed(rss('<ccs:content-usage>train-ai=y, search=y</ccs:content-usage>', [prohibit('ai-train')]));
    expect(parsed.items[0]?.preferences).toEqual({ 'train-ai': { preference: 'disallowed' }, search: { preference: 'allowed' } });
  });

  it('keeps the channel exception when the item RSL can only prohibit', () => {
    const parsed = parseFeed(rss('<ccs:content-usage>train-ai=n;exceptions=cc-cr-op</ccs:content-usage>', [prohibit('ai-train')]));
    expect(parsed.items[0]?.preferences).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr-op' } });
  });

  it("combines an item's own statement with its RSL prohibits, most restrictive", () => {
    const parsed = parseFeed(rss('', [`<link>https://example.com/1</link><ccs:content-usage>train-ai=y, search=y</ccs:content-usage>${prohibit('ai-train')}`]));
    expect(parsed.items[0]?.preferences).toEqual({ 'train-ai': { preference: 'disallowed' }, search: { preference: 'allowed' } });
  });

  it('reads items that state their terms in RSL only', () => {
    const parsed = parseFeed(rss('', [`<link>https://example.com/1</link>${prohibit('search')}`]));
    expect(parsed.channel).toEqual({});
    expect(parsed.items[0]).toEqual({ link: 'https://example.com/1', preferences: { search: { preference: 'disallowed' } }, own: false, licenses: [], signals: [] });
  });

  it('reads Atom entry links with and without rel', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://example.com/a"/><link rel="license" href="https://example.com/l"/></entry></feed>`;
    expect(parseFeed(xml).items[0]).toMatchObject({ link: 'https://example.com/a', licenses: ['https://example.com/l'] });
  });

  it('reads a JSON Feed leniently', () => {
    const text = JSON.stringify({
      _cc_signals: { content_usage: 'search=n', license: 'https://example.com/l', signals: ['https://example.com/s', 3] },
      items: [{ id: 7, _cc_signals: { content_usage: 42 } }, 'not an item', { url: 'https://example.com/2', _cc_signals: [] }],
    });
    const parsed = parseFeed(`\uFEFF ${text}`);
    expect(parsed.licenses).toEqual(['https://example.com/l']);
    expect(parsed.signals).toEqual(['https://example.com/s']);
    expect(parsed.items).toEqual([
      { id: '7', preferences: { search: { preference: 'disallowed' } }, own: false, licenses: [], signals: [] },
      { link: 'https://example.com/2', preferences: { search: { preference: 'disallowed' } }, own: false, licenses: [], signals: [] },
    ]);
  });

  it.each([
    ['', 'unknown'],
    ['plain text', 'unknown'],
    ['<feed><entry/></feed>', 'unknown'],
    ['<html><body/></html>', 'unknown'],
    ['{ not json', 'json'],
    ['{"items": 3}', 'json'],
    ['<rss><nochannel/></rss>', 'rss'],
    ['<rss><channel><item>', 'rss'],
  ])('never throws on %j', (text, format) => {
    const parsed = parseFeed(text);
    expect(parsed.format).toBe(format);
    expect(parsed.channel).toEqual({});
  });
});
