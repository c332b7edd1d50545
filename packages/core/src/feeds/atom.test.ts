import { describe, expect, it } from 'vitest';
import { CC_SIGNALS_NAMESPACE } from '../emit.js';
import type { Preferences } from '../preferences.js';
import { RSL_NAMESPACE } from '../rsl.js';
import { signalByToken, signalTokens } from '../signals.js';
import { atomNamespaces, serializeAtom, serializeAtomEntryElements, serializeAtomFeedElements } from './atom.js';
import { parseFeed } from './parse.js';
import { xmlWellFormednessError } from '../../test-support/well-formed.js';

const rsl = { rslLicenseUrl: 'https://example.com/license.xml' };
const except = (token: string): Preferences => ({ 'train-ai': { preference: 'disallowed', exception: token } });

describe('Atom fragments', () => {
  it('declares our namespace, and RSL only with a licence URL', () => {
    expect(atomNamespaces()).toEqual({ 'xmlns:ccs': CC_SIGNALS_NAMESPACE });
    expect(atomNamespaces(rsl)).toEqual({ 'xmlns:ccs': CC_SIGNALS_NAMESPACE, 'xmlns:rsl': RSL_NAMESPACE });
  });

  it('writes feed elements with Atom licence links', () => {
    expect(serializeAtomFeedElements(except('cc-cr-ec'), rsl)).toBe(
      [
        '<ccs:content-usage>train-ai=n;exceptions=cc-cr-ec</ccs:content-usage>',
        `<link rel="https://cc-signals.org/ns/1.0/signal" href="${signalByToken('cc-cr-ec')?.url ?? ''}" title="CC Credit + Ecosystem Contribution 0.1"/>`,
        '<link rel="license" type="application/rsl+xml" href="https://example.com/license.xml"/>',
      ].join('\n'),
    );
  });

  it('writes entry elements without the RSL licence link', () => {
    const xml = serializeAtomEntryElements({ link: 'https://example.com/1', preferences: except('cc-cr') }, rsl);
    expect(xml).toContain('<ccs:content-usage>train-ai=n;exceptions=cc-cr</ccs:content-usage>');
    expect(xml).toContain('<rsl:content url="https://example.com/1">');
    expect(xml).not.toContain('application/rsl+xml');
  });
});

describe('serializeAtom', () => {
  it.each(signalTokens)('round-trips %s at feed and entry level', (token) => {
    const xml = serializeAtom(
      {
        title: 'Blog',
        link: 'https://example.com/',
        updated: '2026-08-01T00:00:00Z',
        preferences: { search: { preference: 'allowed' } },
        items: [
          { title: 'Inherits', link: 'https://example.com/1' },
          { title: 'Own', link: 'https://example.com/2', id: 'urn:uuid:2', preferences: except(token) },
        ],
      },
      rsl,
    );
    expect(xmlWellFormednessError(xml)).toBeUndefined();
    const parsed = parseFeed(xml);
    expect(parsed.format).toBe('atom');
    expect(parsed.channel).toEqual({ search: { preference: 'allowed' } });
    expect(parsed.rslLicenseUrl).toBe('https://example.com/license.xml');
    expect(parsed.items).toEqual([
      { id: 'https://example.com/1', link: 'https://example.com/1', preferences: { search: { preference: 'allowed' } }, own: false, licenses: [], signals: [] },
      { id: 'urn:uuid:2', link: 'https://example.com/2', preferences: except(token), own: true, licenses: [], signals: [signalByToken(token)?.url] },
    ]);
  });

  it('stays well-formed with hostile values', () => {
    const hostile = `"'<>&]]>\r\n--\t`;
    const xml = serializeAtom({
      title: hostile,
      link: `https://example.com/${hostile}`,
      updated: hostile,
      preferences: except('cc-cr'),
      items: [{ title: hostile, link: hostile, id: hostile, updated: hostile }],
    });
    expect(xmlWellFormednessError(xml)).toBeUndefined();
    expect(parseFeed(xml).items[0]?.link).toBe(hostile);
  });

  it('dates the feed at the time of the call when no date is given', () => {
    const before = Date.now();
    const updated = /<updated>([^<]+)<\/updated>/.exec(serializeAtom({ title: 't', link: '/', preferences: {}, items: [] }))?.[1];
    expect(Date.parse(updated ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });
});
