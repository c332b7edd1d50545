import { describe, expect, it } from 'vitest';
import type { Preferences } from '../preferences.js';
import { signalByToken, signalTokens } from '../signals.js';
import { serializeHtmlHead, type HtmlHeadOptions } from './head.js';
import { parseHtmlHead } from './parse.js';

const statements: Preferences[] = [
  { 'train-ai': { preference: 'allowed' } },
  { 'train-ai': { preference: 'disallowed' }, search: { preference: 'allowed' } },
  { 'train-ai': { preference: 'allowed' }, search: { preference: 'allowed' } },
  ...signalTokens.map((token): Preferences => ({ 'train-ai': { preference: 'disallowed', exception: token } })),
  { 'train-ai': { preference: 'disallowed', exception: 'cc-cr-dc' }, search: { preference: 'disallowed', exception: 'cc-cr' } },
];

const everything: HtmlHeadOptions = {
  tdmrep: true,
  tdmPolicyUrl: 'https://example.com/policy.json',
  rslLicenseUrl: 'https://example.com/license.xml',
  noai: true,
  declarationUrl: '/ai-preferences',
};

function expectedReservation(preferences: Preferences): 0 | 1 | undefined {
  const values = Object.values(preferences);
  if (values.some((value) => value.preference === 'disallowed')) return 1;
  return preferences['train-ai']?.preference === 'allowed' && preferences.search?.preference === 'allowed' ? 0 : undefined;
}

describe('parseHtmlHead', () => {
  it.each(statements.map((preferences) => [JSON.stringify(preferences), preferences] as const))(
    'round-trips %s with every option',
    (_, preferences) => {
      const parsed = parseHtmlHead(`<!doctype html><html><head>${serializeHtmlHead(preferences, everything)}</head></html>`);
      const disallowsTraining = preferences['train-ai']?.preference === 'disallowed';
      const exceptions = Object.values(preferences).flatMap((value) => value.exception ?? []);
      expect(parsed.preferences).toEqual(preferences);
      expect([...parsed.signals].sort()).toEqual([...new Set(exceptions)].sort());
      expect(parsed.signalLinks.map((link) => link.title)).toEqual(parsed.signals.map((token) => signalByToken(token)?.title));
      expect(parsed.rslLicenseUrl).toBe(everything.rslLicenseUrl);
      expect(parsed.declarationUrl).toBe(everything.declarationUrl);
      expect(parsed.noai).toEqual(disallowsTraining ? ['noai', 'noimageai'] : []);
      expect(parsed.tdmReservation).toBe(expectedReservation(preferences));
    },
  );

  it('reads TDMRep values back', () => {
    const parsed = parseHtmlHead(serializeHtmlHead({ 'train-ai': { preference: 'disallowed' } }, everything));
    expect(parsed.tdmReservation).toBe(1);
    expect(parsed.tdmPolicy).toBe('https://example.com/policy.json');
    expect(parseHtmlHead(serializeHtmlHead(statements[2] ?? {}, everything)).tdmReservation).toBe(0);
  });

  it('round-trips a hostile declaration URL exactly', () => {
    const declarationUrl = `/d"><script>alert('x')</script>&amp;\r\n`;
    const html = serializeHtmlHead({ search: { preference: 'allowed' } }, { declarationUrl });
    expect(parseHtmlHead(html).declarationUrl).toBe(declarationUrl.trim());
  });

  it('combines several metas most restrictively', () => {
    const html = '<meta name="content-usage" content="train-ai=y, search=y"><meta name="content-usage" content="train-ai=n;exceptions=cc-cr">';
    expect(parseHtmlHead(html).preferences).toEqual({
      'train-ai': { preference: 'disallowed', exception: 'cc-cr' },
      search: { preference: 'allowed' },
    });
  });

  it('ignores a meta whose value does not parse, keeping the others', () => {
    const html = '<meta name="content-usage" content="Train-AI=n"><meta name="content-usage" content="search=n">';
    const parsed = parseHtmlHead(html);
    expect(parsed.preferences).toEqual({ search: { preference: 'disallowed' } });
    expect(parsed.contentUsage).toEqual(['Train-AI=n', 'search=n']);
  });

  it('matches names case-insensitively, accepts http-equiv and decodes entities', () => {
    const html = '<META Name="Content-Usage" CONTENT="train-ai&#61;n"><meta http-equiv="content-usage" content="search=y"><link REL="Alternate LICENSE" href="https://example.com/l">';
    const parsed = parseHtmlHead(html);
    expect(parsed.preferences).toEqual({ 'train-ai': { preference: 'disallowed' }, search: { preference: 'allowed' } });
    expect(parsed.licenses).toEqual([{ href: 'https://example.com/l' }]);
  });

  it('does not read markup in the body, nor inside scripts or comments', () => {
    const meta = '<meta name="content-usage" content="train-ai=y">';
    expect(parseHtmlHead(`<html><head></head><body>${meta}</body></html>`).preferences).toEqual({});
    expect(parseHtmlHead(`<title>t</title><p>user text</p>${meta}`).preferences).toEqual({});
    expect(parseHtmlHead(`<head></head>${meta}`).preferences).toEqual({});
    expect(parseHtmlHead(`<script>"${meta}"</script><!-- ${meta} -->`).preferences).toEqual({});
    expect(parseHtmlHead(`<head><title>t</title>${meta}</head>`).preferences).toEqual({ 'train-ai': { preference: 'allowed' } });
  });

  it('reads noai from a robots meta with other directives', () => {
    expect(parseHtmlHead('<meta name="robots" content="index, follow, noimageai">').noai).toEqual(['noimageai']);
  });

  it('never throws on garbage', () => {
    for (const html of ['', '<', '<meta', '<meta name="content-usage">', '<link rel="license">', '\u0000<<>>']) {
      expect(() => parseHtmlHead(html)).not.toThrow();
    }
    expect(parseHtmlHead('<meta name="content-usage">').preferences).toEqual({});
  });
});
