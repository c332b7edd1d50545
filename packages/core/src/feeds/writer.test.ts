import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import type { Preferences } from '../preferences.js';
import { signalTokens } from '../signals.js';
import { xmlWellFormednessError } from '../../test-support/well-formed.js';
import { atomEntry, atomHead, atomTail, serializeAtom } from './atom.js';
import type { FeedOptions } from './fragments.js';
import { jsonFeedHead, jsonFeedItem, jsonFeedTail, serializeJsonFeed } from './json-feed.js';
import { parseFeed } from './parse.js';
import { rssHead, rssItem, rssTail, serializeRss } from './rss.js';
import type { FeedInput, FeedWriterFormat } from './types.js';
import { feedWriter } from './writer.js';

const FORMATS: readonly FeedWriterFormat[] = ['rss', 'atom', 'json'];
const WHOLE = { rss: serializeRss, atom: serializeAtom, json: serializeJsonFeed } as const;

/** Head, every item, tail, through the writer. */
function streamed(format: FeedWriterFormat, feed: FeedInput, options?: FeedOptions): string {
  const writer = feedWriter(format, feed, options);
  return [writer.head(), ...feed.items.map((item) => writer.item(item)), writer.tail()].join('');
}

const except = (token: string): Preferences => ({ 'train-ai': { preference: 'disallowed', exception: token } });
const statements: Preferences[] = [
  {},
  { 'train-ai': { preference: 'allowed' } },
  { 'train-ai': { preference: 'disallowed' }, search: { preference: 'allowed' } },
  ...signalTokens.map(except),
];
const optionSets: (FeedOptions | undefined)[] = [
  undefined,
  { rslLicenseUrl: 'https://example.com/license.xml' },
  { contentUsage: false, rslLicenseUrl: 'https://example.com/license.xml' },
  { contentLicenseUrl: 'https://creativecommons.org/licenses/by/4.0/' },
];

/** The feeds of the per-format tests: a channel statement, one item inheriting it and one with its own. */
function feed(channel: Preferences, own: Preferences, items = 2): FeedInput {
  const all = [
    { title: 'Inherits <&>', link: 'https://example.com/1' },
    { title: 'Own', link: 'https://example.com/2', id: 'urn:2', updated: '2026-01-02T00:00:00Z', summary: 'A "short" one & more', preferences: own },
  ];
  return { title: 'Blog', link: 'https://example.com/', feedUrl: 'https://example.com/feed', updated: '2026-01-01T00:00:00Z', preferences: channel, items: all.slice(0, items) };
}

describe('feedWriter', () => {
  it.each(FORMATS)('%s: head + items + tail is the whole document, for every statement and option set', (format) => {
    for (const channel of statements) {
      for (const options of optionSets) {
        for (const items of [0, 1, 2]) {
          const input = feed(channel, except('cc-cr-dc'), items);
          expect(streamed(format, input, options)).toBe(WHOLE[format](input, options));
        }
      }
    }
  });

  it('the per-format head, item and tail functions give the same bytes', () => {
    const input = feed(except('cc-cr'), except('cc-cr-op'));
    const { items } = input;
    expect(rssHead(input) + items.map((item) => rssItem(item, input)).join('') + rssTail()).toBe(serializeRss(input));
    expect(atomHead(input) + items.map((item) => atomEntry(item, input)).join('') + atomTail()).toBe(serializeAtom(input));
    const json = jsonFeedHead(input) + items.map((item, index) => jsonFeedItem(item, index)).join('') + jsonFeedTail(items.length);
    expect(json).toBe(serializeJsonFeed(input));
  });

  it('Atom: a channel without `updated` gets one time, shared by the head and undated entries', () => {
    const writer = feedWriter('atom', { ...feed({}, {}), updated: undefined });
    const head = writer.head();
    const entry = writer.item({ title: 'Undated', link: 'https://example.com/u' });
    const stamp = /<updated>([^<]+)<\/updated>/.exec(head)?.[1];
    expect(stamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(entry).toContain(`<updated>${stamp ?? ''}</updated>`);
  });

  it('throws a ValidationError naming the field for a bad statement, before writing it', () => {
    const bad: Preferences = { 'train-ai': { preference: 'disallowed', exception: 'Not A Token' } };
    for (const format of FORMATS) {
      expect(() => feedWriter(format, feed(bad, {})).head()).toThrow(ValidationError);
      expect(() => feedWriter(format, feed({}, {})).item({ title: 't', link: 'https://example.com/', preferences: bad })).toThrow(ValidationError);
    }
  });
});

describe('item summaries', () => {
  const input = feed({}, except('cc-cr'));

  it('RSS writes the summary as the item description, escaped', () => {
    expect(serializeRss(input)).toContain('      <description>A &quot;short&quot; one &amp; more</description>');
    expect(serializeRss(input).match(/<description>/g)).toHaveLength(2);
  });

  it('Atom writes it as the entry summary, escaped', () => {
    expect(serializeAtom(input)).toContain('    <summary>A &quot;short&quot; one &amp; more</summary>');
    expect(serializeAtom(input).match(/<summary>/g)).toHaveLength(1);
  });

  it('JSON Feed writes it as the item summary', () => {
    const items = (JSON.parse(serializeJsonFeed(input)) as { items: { summary?: string }[] }).items;
    expect(items.map((item) => item.summary)).toEqual([undefined, 'A "short" one & more']);
  });
});

const text = fc.string({ unit: fc.constantFrom('a', 'é', '<', '&', '>', '"', "'", ' ', '\n', '🙂', ']]>') });
const url = fc.constantFrom('https://example.com/', 'https://example.com/a?b=1&c=<2>', 'http://127.0.0.1:1337/api/x');
const date = fc.constantFrom('2026-01-02T03:04:05.000Z', '1999-12-31T23:59:59Z');
const entry = fc.constantFrom<Preferences[string]>(
  { preference: 'allowed' },
  { preference: 'disallowed' },
  ...signalTokens.map((token) => ({ preference: 'disallowed' as const, exception: token })),
);
const preferences = fc.dictionary(fc.constantFrom('train-ai', 'search'), entry, { maxKeys: 2 }) as fc.Arbitrary<Preferences>;
const item = fc.record({ title: text, link: url, id: text, updated: date, summary: text, preferences }, { requiredKeys: ['title', 'link'] });
const feeds: fc.Arbitrary<FeedInput> = fc.record(
  { title: text, link: url, feedUrl: url, description: text, updated: date, preferences, items: fc.array(item, { maxLength: 6 }) },
  { requiredKeys: ['title', 'link', 'preferences', 'items', 'updated'] },
);
const options: fc.Arbitrary<FeedOptions> = fc.record(
  { contentUsage: fc.boolean(), rslLicenseUrl: url, contentLicenseUrl: url },
  { requiredKeys: [] },
);

describe('feedWriter (property)', () => {
  it('streams the same bytes as the whole-document serializer, and a document a reader reads back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMATS), feeds, options, (format, input, settings) => {
        const text = streamed(format, input, settings);
        expect(text).toBe(WHOLE[format](input, settings));
        if (format === 'json') {
          // The bytes are exactly JSON.stringify's pretty form of what they parse to.
          expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`).toBe(text);
        } else {
          expect(xmlWellFormednessError(text)).toBeUndefined();
        }
        expect(parseFeed(text).items).toHaveLength(input.items.length);
      }),
      { numRuns: 150 },
    );
  });
});
