// The site module writes every output for the vocabulary the site selects
// (EmitOptions.vocabulary) and, in transition mode, with previous labels too.
import { describe, expect, it } from 'vitest';
import { parseRobotsTxt } from '../robots/parse.js';
import { readPreferences } from '../reader.js';
import { currentVocabulary, type Vocabulary } from '../vocabulary.js';
import { resolveItem, siteFeed, siteHeaders, siteRobotsTxt, siteTdmrepJson, type Site } from './index.js';

const DRAFT_08 = 'draft-ietf-aipref-vocab-08';
const site = (options: Site['options']): Site => ({
  intent: { categories: { 'train-ai': { choice: 'disallow' }, 'ai-use': { choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' }, search: { choice: 'allow' } } },
  sections: { post: {} },
  items: [{ id: '1', section: 'post', path: '/open/', intent: { categories: { 'ai-use': { choice: 'allow' } } } }],
  options,
});
const everything = { contentSignal: true, tdmrep: true, noai: true, rslLicenseUrl: 'https://example.org/license.xml' };

describe('a site on draft -08', () => {
  const draft08 = site({ ...everything, vocabulary: DRAFT_08 });

  it('writes ai-use in the headers, robots.txt, Content-Signal (ai-input) and feeds', () => {
    const root = resolveItem(draft08, { section: 'post' }).preferences;
    expect(siteHeaders(root, draft08.options)).toMatchObject({
      'Content-Usage': 'train-ai=n, ai-use=n;exceptions=cc-cr, search=y',
      'X-Robots-Tag': 'noai, noimageai',
      'tdm-reservation': '1',
    });
    const robots = siteRobotsTxt(draft08).text;
    expect(robots).toContain('Content-Usage: train-ai=n, ai-use=n;exceptions=cc-cr, search=y\n');
    expect(robots).toContain('Content-Signal: search=yes, ai-train=no, ai-input=no\n');
    // The item allows AI use: not ai-input=yes without the opt-in (Cloudflare's ai-input is wider).
    expect(robots).toContain('Content-Usage: /open/ train-ai=n, ai-use=y, search=y\n');
    expect(robots).toContain('Content-Signal: /open/ search=yes, ai-train=no\n');
    expect(siteFeed(draft08).channel).toEqual(root);
  });

  it('reads back what it writes with the -08 vocabulary, reporting that Search overrides the others', () => {
    const robotsTxt = siteRobotsTxt(draft08).text;
    const result = readPreferences({ url: 'https://example.org/a/', robotsTxt, vocabulary: DRAFT_08 });
    expect(result.preferences).toEqual({
      'train-ai': { preference: 'disallowed' },
      'ai-use': { preference: 'disallowed', exception: 'cc-cr' },
      search: { preference: 'allowed' },
    });
    expect(result.overrides).toEqual([{ label: 'search', preference: { preference: 'allowed' }, overrides: ['train-ai', 'ai-use'] }]);
    // The default (-07) reader ignores ai-use, an unknown label, as the draft says; no override is defined.
    const strict = readPreferences({ url: 'https://example.org/a/', robotsTxt });
    expect(Object.keys(strict.preferences)).toEqual(['train-ai', 'search']);
    expect(strict.overrides).toEqual([]);
  });

  it('keeps stored ai-use choices on a site back on -07, without writing them', () => {
    const draft07 = site(everything);
    expect(resolveItem(draft07, { section: 'post' }).intent.categories['ai-use']).toEqual({ choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' });
    expect(siteRobotsTxt(draft07).text).not.toContain('ai-use');
    expect(siteRobotsTxt(draft07).text).toContain('Content-Signal: search=yes, ai-train=no\n');
    expect(siteRobotsTxt(draft07).text).not.toContain('/open/'); // same as the default once ai-use is left out
  });

  it('rejects an unknown vocabulary id, naming the field and the shipped ids', () => {
    expect(() => siteRobotsTxt(site({ vocabulary: 'draft-ietf-aipref-vocab-99' }))).toThrow(
      /vocabulary: "draft-ietf-aipref-vocab-99" is not allowed; expected one of "draft-ietf-aipref-vocab-07", "draft-ietf-aipref-vocab-08"/,
    );
  });
});

describe('transition labels in the site module', () => {
  const relabelled: Vocabulary = {
    ...currentVocabulary,
    categories: currentVocabulary.categories.map((category) =>
      category.id === 'train-ai' ? { ...category, label: 'ai-training', previousLabels: ['train-ai'] } : category,
    ),
  };
  const relabelledSite = (transitionLabels: boolean): Site => ({
    intent: { categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' } } },
    sections: { post: { path: '/blog/', intent: { categories: { 'train-ai': { choice: 'allow' } } } } },
    items: [],
    options: { contentSignal: true, tdmrep: true, vocabulary: relabelled, transitionLabels },
  });

  it('writes the previous label beside the new one in headers, robots.txt, feeds and tdmrep.json', () => {
    const on = relabelledSite(true);
    const root = resolveItem(on, {}).preferences;
    expect(siteHeaders(root, on.options)['Content-Usage']).toBe('ai-training=n;exceptions=cc-cr, train-ai=n;exceptions=cc-cr');
    const robots = siteRobotsTxt(on).text;
    expect(robots).toContain('Content-Usage: ai-training=n;exceptions=cc-cr, train-ai=n;exceptions=cc-cr\n');
    expect(robots).toContain('Content-Usage: /blog/ ai-training=y, train-ai=y\n');
    expect(robots).toContain('Content-Signal: ai-train=no\n');
    expect(siteFeed(on, 'post').channel).toEqual({ 'ai-training': { preference: 'allowed' }, 'train-ai': { preference: 'allowed' } });
    expect(JSON.parse(siteTdmrepJson(on))).toEqual([{ location: '/*', 'tdm-reservation': 1 }]);
    // A reader of the earlier vocabulary still understands it.
    expect(parseRobotsTxt(robots).groups[0]?.contentUsage[0]?.preferences).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } });
  });

  it('writes the new label only without it', () => {
    const off = relabelledSite(false);
    expect(siteHeaders(resolveItem(off, {}).preferences, off.options)['Content-Usage']).toBe('ai-training=n;exceptions=cc-cr');
    expect(siteRobotsTxt(off).text).not.toContain('train-ai=');
  });
});
