import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import { xmlWellFormednessError } from '../test-support/well-formed.js';
import type { Preferences } from './preferences.js';
import { parseRsl, RSL_NAMESPACE, serializeRsl, serializeRslContent, rslStates } from './rsl.js';
import { signalByToken, signalTokens } from './signals.js';

const url = (token: string): string => signalByToken(token)?.url ?? '';
const except = (token: string): Preferences => ({ 'train-ai': { preference: 'disallowed', exception: token } });
const roundTrip = (preferences: Preferences): Preferences =>
  parseRsl(serializeRsl([{ url: '/', preferences }], { anyAiTraining: true }))[0]?.preferences ?? {};

describe('serializeRslContent', () => {
  it('permits an allowed category with payment free', () => {
    expect(serializeRslContent({ 'train-ai': { preference: 'allowed' } }, '/')).toBe('');
    expect(serializeRslContent({ 'train-ai': { preference: 'allowed' } }, '/', { anyAiTraining: true })).toBe(
      [
        '<content url="/">',
        '  <license>',
        '    <permits type="usage">ai-train</permits>',
        '    <payment type="free"/>',
        '  </license>',
        '</content>',
      ].join('\n'),
    );
  });

  it('prohibits a plain disallow', () => {
    const xml = serializeRslContent({ search: { preference: 'disallowed' } }, '/');
    expect(xml).toContain('<prohibits type="usage">search</prohibits>');
    expect(xml).not.toContain('permits');
  });

  it('states CC Credit as payment attribution with the signal as the standard', () => {
    const xml = serializeRslContent(except('cc-cr'), '/');
    expect(xml).toContain('<permits type="usage">ai-train</permits>');
    expect(xml).toContain(`<payment type="attribution"><standard>${url('cc-cr')}</standard></payment>`);
  });

  it.each(['cc-cr-dc', 'cc-cr-ec', 'cc-cr-op'])('prohibits %s and says why in a comment', (token) => {
    const xml = serializeRslContent(except(token), '/');
    expect(xml).toContain('<prohibits type="usage">ai-train</prohibits>');
    expect(xml).not.toContain('<permits');
    expect(xml).toMatch(new RegExp(`<!-- .*\\(${token}\\) cannot be expressed in RSL 1\\.0.*prohibited instead -->`));
  });

  it('prohibits an exception that is not a CC signal', () => {
    const xml = serializeRslContent(except('x-custom'), '/');
    expect(xml).toContain('<!-- exception "x-custom" is not a CC signal: ai-train is prohibited instead -->');
    expect(xml).toContain('<prohibits type="usage">ai-train</prohibits>');
  });

  it('groups usages with the same terms into one licence', () => {
    const xml = serializeRslContent(
      { 'train-ai': { preference: 'allowed' }, search: { preference: 'allowed' } },
      '/',
      { anyAiTraining: true },
    );
    expect(xml.match(/<license>/g)).toHaveLength(1);
    expect(xml).toContain('<permits type="usage">ai-train search</permits>');
  });

  it('writes nothing for categories RSL has no usage for, or for no preference', () => {
    expect(serializeRslContent({}, '/')).toBe('');
    expect(serializeRslContent({ 'ai-use': { preference: 'disallowed' } }, '/')).toBe('');
  });

  it('uses a prefix for the RSS module and rejects one that is not an XML name', () => {
    expect(serializeRslContent(except('cc-cr'), '/', { prefix: 'rsl' })).toMatch(/^<rsl:content url="\/">\n {2}<rsl:license>/);
    expect(() => serializeRslContent(except('cc-cr'), '/', { prefix: 'a b' })).toThrow(ValidationError);
  });
});

describe('serializeRsl', () => {
  it('writes a well-formed document in the RSL namespace', () => {
    const xml = serializeRsl([
      { url: '/', preferences: except('cc-cr') },
      { url: '/open/', preferences: { 'train-ai': { preference: 'allowed' } } },
    ], { anyAiTraining: true });
    expect(xml.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<rsl xmlns="${RSL_NAMESPACE}">`)).toBe(true);
    expect(xml.match(/<content /g)).toHaveLength(2);
    expect(xmlWellFormednessError(xml)).toBeUndefined();
  });

  it('writes no <rsl> without a <content>: nothing when nothing can be stated', () => {
    expect(serializeRsl([{ url: '/', preferences: {} }])).toBe('');
    // Without the opt-in, an allow of train-ai is not RSL's (wider) ai-train.
    expect(serializeRsl([{ url: '/', preferences: { 'train-ai': { preference: 'allowed' } } }])).toBe('');
    expect(rslStates({ 'train-ai': { preference: 'allowed' } })).toBe(false);
    expect(rslStates({ 'train-ai': { preference: 'allowed' } }, { anyAiTraining: true })).toBe(true);
  });

  it('escapes a hostile URL and keeps it exactly', () => {
    const hostile = `/a"><b x='1'>&amp;]]>\r\n<!--`;
    const xml = serializeRsl([{ url: hostile, preferences: except('cc-cr') }]);
    expect(xmlWellFormednessError(xml)).toBeUndefined();
    expect(parseRsl(xml)[0]?.url).toBe(hostile);
  });

  it('keeps comments well-formed whatever the exception token', () => {
    const xml = serializeRsl([{ url: '/', preferences: except('a--b-') }]);
    expect(xmlWellFormednessError(xml)).toBeUndefined();
    expect(xml).toContain('a- -b-');
  });
});

describe('parseRsl', () => {
  it('round-trips allow, disallow and CC Credit exactly', () => {
    for (const preferences of [
      { 'train-ai': { preference: 'allowed' }, search: { preference: 'disallowed' } },
      except('cc-cr'),
      { 'train-ai': { preference: 'disallowed' }, search: { preference: 'allowed' } },
    ] satisfies Preferences[]) {
      expect(roundTrip(preferences)).toEqual(preferences);
    }
  });

  it("reads the train-ai usage token of RSL's own templates", () => {
    const xml = `<rsl xmlns="${RSL_NAMESPACE}"><content url="/"><license><prohibits type="usage">train-ai</prohibits></license></content></rsl>`;
    expect(parseRsl(xml)[0]?.preferences).toEqual({ 'train-ai': { preference: 'disallowed' } });
  });

  it.each(signalTokens.filter((token) => token !== 'cc-cr'))('reads %s back as a plain disallow, never wider', (token) => {
    expect(roundTrip(except(token))).toEqual({ 'train-ai': { preference: 'disallowed' } });
  });

  const doc = (license: string, content = 'url="/"'): string =>
    `<rsl xmlns="${RSL_NAMESPACE}"><content ${content}><license>${license}</license></content></rsl>`;

  it.each([
    ['<permits type="usage">all</permits>', { 'train-ai': { preference: 'allowed' }, search: { preference: 'allowed' } }],
    ['<prohibits type="usage">ai-all</prohibits>', { 'train-ai': { preference: 'disallowed' } }],
    ['<permits type="usage">ai-train</permits><payment type="crawl"/>', { 'train-ai': { preference: 'disallowed' } }],
    ['<permits type="usage">ai-train</permits><payment type="attribution"/>', except('cc-cr')],
    [
      `<permits type="usage">ai-train</permits><payment type="contribution"><standard>${url('cc-cr-dc')}</standard></payment>`,
      except('cc-cr-dc'),
    ],
    [
      `<permits type="usage">ai-train</permits><payment type="contribution"><standard>${url('cc-cr')}</standard></payment>`,
      { 'train-ai': { preference: 'disallowed' } },
    ],
    ['<permits type="usage">ai-train</permits><permits type="user">education</permits>', { 'train-ai': { preference: 'disallowed' } }],
    ['<permits type="usage">ai-train, search</permits>', { 'train-ai': { preference: 'allowed' }, search: { preference: 'allowed' } }],
    ['<permits type="usage">ai-input ai-index</permits>', {}],
  ] satisfies [string, Preferences][])('reads %s', (license, expected) => {
    expect(parseRsl(doc(license))[0]?.preferences).toEqual(expected);
  });

  it('reads a licence server as a plain disallow', () => {
    const xml = doc('<permits type="usage">ai-train</permits>', 'url="/" server="https://license.example"');
    expect(parseRsl(xml)[0]?.preferences).toEqual({ 'train-ai': { preference: 'disallowed' } });
  });

  it('lets a prohibit in one licence win over a permit in another', () => {
    const xml = `<rsl xmlns="${RSL_NAMESPACE}"><content url="/"><license><permits type="usage">all</permits></license><license><prohibits type="usage">ai-train</prohibits></license></content></rsl>`;
    expect(parseRsl(xml)[0]?.preferences).toEqual({ 'train-ai': { preference: 'disallowed' }, search: { preference: 'allowed' } });
  });

  it('finds prefixed content in an RSS item and ignores look-alikes in other namespaces', () => {
    const xml = `<rss xmlns:r="${RSL_NAMESPACE}" xmlns:x="urn:other"><channel><item><r:content url="/a"><r:license><r:prohibits type="usage">search</r:prohibits></r:license></r:content><x:content url="/b"/></item></channel></rss>`;
    expect(parseRsl(xml)).toEqual([{ url: '/a', preferences: { search: { preference: 'disallowed' } } }]);
  });

  it('never throws on garbage', () => {
    for (const text of ['', '<', '<<<>>>', 'not xml', '<rsl xmlns="https://rslstandard.org/rsl"><content>', '\u0000']) {
      expect(() => parseRsl(text)).not.toThrow();
    }
  });
});
