import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import type { Preferences } from '../preferences.js';
import { signalByToken } from '../signals.js';
import { serializeHtmlHead } from './head.js';

const credit: Preferences = { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } };
const creditUrl = signalByToken('cc-cr')?.url ?? '';

describe('serializeHtmlHead', () => {
  it('writes the exact Content-Usage value and a licence link per signal', () => {
    expect(serializeHtmlHead(credit)).toBe(
      [
        '<meta name="content-usage" content="train-ai=n;exceptions=cc-cr">',
        `<link rel="https://cc-signals.org/ns/1.0/signal" href="${creditUrl}" title="CC Credit 0.1">`,
      ].join('\n'),
    );
  });

  it('links each signal once, in CC order', () => {
    const html = serializeHtmlHead({
      'train-ai': { preference: 'disallowed', exception: 'cc-cr-ec' },
      search: { preference: 'disallowed', exception: 'cc-cr' },
    });
    const titles = [...html.matchAll(/title="([^"]+)"/g)].map((match) => match[1]);
    expect(titles).toEqual(['CC Credit 0.1', 'CC Credit + Ecosystem Contribution 0.1']);
  });

  it('writes nothing for empty preferences, whatever the options', () => {
    expect(serializeHtmlHead({}, { noai: true, rslLicenseUrl: 'https://example.com/rsl.xml', declarationUrl: '/d' })).toBe('');
  });

  it('leaves the Content-Usage tags out with contentUsage: false', () => {
    const html = serializeHtmlHead(credit, { contentUsage: false, noai: true });
    expect(html).toBe('<meta name="robots" content="noai, noimageai">');
  });

  it('adds TDMRep metas only when enabled, with the policy on a reservation', () => {
    const options = { tdmrep: true, tdmPolicyUrl: 'https://example.com/policy.json' };
    expect(serializeHtmlHead(credit, options)).toContain(
      '<meta name="tdm-reservation" content="1">\n<meta name="tdm-policy" content="https://example.com/policy.json">',
    );
    const allowed = serializeHtmlHead({ 'train-ai': { preference: 'allowed' }, search: { preference: 'allowed' } }, options);
    expect(allowed).toContain('<meta name="tdm-reservation" content="0">');
    expect(allowed).not.toContain('tdm-policy');
    expect(serializeHtmlHead({ search: { preference: 'allowed' } }, options)).not.toContain('tdm-');
    expect(serializeHtmlHead(credit)).not.toContain('tdm-');
  });

  it('links the RSL licence with its media type', () => {
    expect(serializeHtmlHead(credit, { rslLicenseUrl: 'https://example.com/license.xml' })).toContain(
      '<link rel="license" type="application/rsl+xml" href="https://example.com/license.xml">',
    );
  });

  it('adds noai when training is disallowed, with or without an exception, and only then', () => {
    const robots = '<meta name="robots" content="noai, noimageai">';
    expect(serializeHtmlHead(credit, { noai: true })).toContain(robots);
    expect(serializeHtmlHead({ 'train-ai': { preference: 'disallowed' } }, { noai: true })).toContain(robots);
    expect(serializeHtmlHead({ 'train-ai': { preference: 'allowed' } }, { noai: true })).not.toContain('robots');
    expect(serializeHtmlHead(credit)).not.toContain('robots');
  });

  it('escapes every attribute', () => {
    const html = serializeHtmlHead(
      { 'train-ai': { preference: 'disallowed', exception: "a&b'c" } },
      { declarationUrl: `/d"><script>alert('x')</script>\r\n` },
    );
    expect(html).toContain('content="train-ai=n;exceptions=a&amp;b&#39;c"');
    expect(html).toContain('href="/d&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\r\n"');
    expect(html).not.toContain('<script');
  });

  it('rejects a label or exception the header cannot carry', () => {
    expect(() => serializeHtmlHead({ 'Train-AI': { preference: 'allowed' } })).toThrow(ValidationError);
    expect(() => serializeHtmlHead({ 'train-ai': { preference: 'disallowed', exception: 'a"b' } })).toThrow(ValidationError);
  });

  it('rejects an RSL licence URL that is not absolute', () => {
    expect(() => serializeHtmlHead(credit, { rslLicenseUrl: 'javascript:alert(1)' })).toThrow(ValidationError);
  });
});
