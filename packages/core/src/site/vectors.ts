// The cases of vectors/site.json: site inputs → what core's site module makes of them.
// Other implementations (the WordPress plugin's PHP port) run them; see vectors.test.ts.
import type { Intent } from '../intent.js';
import { presets } from '../presets.js';
import type { Preferences } from '../preferences.js';
import { normalizeRobotsPattern, normalizeRobotsUrlPath, robotsPatternMatches } from '../robots/path.js';
import { siteFeed } from './feeds.js';
import { siteHeaders } from './headers.js';
import { resolveItem, resolveSection } from './resolve.js';
import { siteRobotsTxt } from './robots.js';
import { siteTdmrepJson } from './tdmrep.js';
import type { Site } from './types.js';
import { currentVocabulary, type Vocabulary } from '../vocabulary.js';

/** One case: a site, the robots.txt the CMS wrote, headers already set, and the outputs. */
export interface SiteVector {
  readonly name: string;
  readonly site: Site;
  readonly existingRobotsTxt: string;
  readonly maxBytes?: number;
  readonly existingHeaders: readonly (readonly [string, string])[];
  readonly expected?: Record<string, unknown>;
}

const intent = (id: string): Intent => presets.find((preset) => preset.id === id)?.intent ?? { categories: {} };
const WORDPRESS_ROBOTS = 'User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: https://example.org/wp-sitemap.xml\n';
const PLUGINS_ROBOTS = `User-agent: GPTBot\nDisallow: /private/\n\n${WORDPRESS_ROBOTS}\nUser-agent: CCBot\nUser-agent: Google-Extended\nDisallow: /\n`;

function blog(): Site {
  return {
    intent: { categories: { 'train-ai': { choice: 'disallow' }, search: { choice: 'allow' } } },
    sections: {
      post: { intent: intent('cc-cr-ec') },
      page: { intent: intent('allow') },
      notes: { path: '/notes/', intent: intent('allow') },
      attachment: { path: '/wp-content/uploads/', intent: intent('disallow') },
      same: { path: '/same/', intent: { categories: { 'train-ai': { choice: 'disallow' } } } },
    },
    items: [
      { id: '1', section: 'post', path: '/2026/01/02/hello/', published: '2026-01-02T10:00:00Z', intent: intent('cc-cr') },
      { id: '2', section: 'post', path: '/2026/01/03/inherits/', published: '2026-01-03T10:00:00Z' },
      { id: '3', section: 'post', path: '/2025/12/31/older/', published: '2025-12-31T10:00:00Z', intent: intent('cc-cr-op') },
      { id: '4', section: 'page', path: '/', intent: intent('cc-cr-dc') },
      { id: '5', section: 'page', path: '/notes/', intent: intent('cc-cr') },
      { id: '6', section: 'post', path: '/?p=6', published: '2026-01-04T10:00:00Z', intent: intent('allow') },
      { id: '7', section: 'attachment', path: '/?attachment_id=7', intent: intent('allow') },
      { id: '8', section: 'attachment', path: '/wp-content/uploads/2026/01/photo.png', intent: intent('cc-cr') },
      { id: '9', section: 'notes', path: '/notes/a-note/', intent: intent('disallow') },
      { id: '10', section: 'post', path: '/2026/01/02/hello/', published: '2025-06-01T10:00:00Z', intent: intent('allow') },
      { id: '11', section: 'post', path: '/price$/*/café', intent: intent('allow') },
      { id: '12', section: 'post', path: '/bad path/', intent: intent('allow') },
      { id: '13', section: 'post' },
    ],
    options: { contentSignal: true, tdmrep: true, tdmPolicyUrl: 'https://example.org/tdm-policy.json', rslLicenseUrl: 'https://example.org/license.xml', noai: true },
  };
}

function bigSite(): Site {
  const items = Array.from({ length: 40 }, (_, index) => ({
    id: String(100 + index), section: 'post', path: `/${2000 + index}/post-${index}/`,
    published: new Date(Date.UTC(2000 + index, 0, 1)).toISOString(), intent: intent(index % 2 === 0 ? 'cc-cr' : 'cc-cr-dc'),
  }));
  return { intent: intent('disallow'), sections: { post: {} }, items, options: { contentSignal: true } };
}

/** A relabel of -07 (train-ai → ai-training), given inline: transition mode writes the previous label too. */
const RELABELLED: Vocabulary = {
  ...currentVocabulary,
  id: 'test-relabel',
  source: 'test: draft -07 with train-ai relabelled ai-training',
  categories: currentVocabulary.categories.map((category) =>
    category.id === 'train-ai' ? { ...category, label: 'ai-training', previousLabels: ['train-ai'] } : category,
  ),
};

function aiUseSite(vocabulary?: string): Site {
  const aiUse = (choice: 'allow' | 'disallow'): Intent => ({ categories: { 'ai-use': { choice } } });
  return {
    intent: { categories: { 'train-ai': { choice: 'disallow' }, 'ai-use': { choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' }, search: { choice: 'allow' } } },
    sections: { post: {}, docs: { path: '/docs/', intent: aiUse('allow') } },
    items: [
      { id: '1', section: 'post', path: '/2026/01/open/', published: '2026-01-02T10:00:00Z', intent: { categories: { 'train-ai': { choice: 'allow' }, 'ai-use': { choice: 'allow' } } } },
      { id: '2', section: 'post', path: '/2026/01/closed/', published: '2026-01-03T10:00:00Z', intent: aiUse('disallow') },
      { id: '3', section: 'docs', path: '/docs/guide/' },
    ],
    options: { contentSignal: true, tdmrep: true, rslLicenseUrl: 'https://example.org/license.xml', noai: true, ...(vocabulary ? { vocabulary } : {}) },
  };
}

function relabelledSite(transitionLabels: boolean): Site {
  return {
    intent: intent('cc-cr'),
    sections: { post: { path: '/blog/', intent: intent('allow') } },
    items: [{ id: '1', section: 'post', path: '/blog/closed/', intent: intent('disallow') }],
    options: { contentSignal: true, tdmrep: true, noai: true, vocabulary: RELABELLED, transitionLabels },
  };
}

/** Hierarchical pages (WordPress `/parent/child/`): children that keep the default under parents that differ. */
function nestedSite(): Site {
  return {
    intent: intent('disallow'),
    sections: { page: {}, docs: { path: '/docs/', intent: intent('cc-cr') }, inner: { path: '/parent/inner/', intent: intent('allow') } },
    items: [
      { id: 'child', section: 'page', path: '/parent/child/', published: '2026-03-01T10:00:00Z' },
      { id: 'parent', section: 'page', path: '/parent/', published: '2026-01-01T10:00:00Z', intent: intent('allow') },
      { id: 'grandchild', section: 'page', path: '/parent/child/deep/', published: '2026-02-01T10:00:00Z', intent: intent('allow') },
      { id: 'sibling', section: 'page', path: '/parent/sibling/', published: '2026-02-02T10:00:00Z', intent: intent('allow') },
      { id: 'guide', section: 'docs', path: '/docs/guide/', published: '2026-01-02T10:00:00Z', intent: intent('allow') },
      { id: 'step', section: 'docs', path: '/docs/guide/step/', published: '2026-01-03T10:00:00Z' },
      { id: 'later', section: 'page', path: '/later/', published: '2026-04-01T10:00:00Z', intent: intent('cc-cr-ec') },
    ],
    options: { contentSignal: true, tdmrep: true },
  };
}

/** A site where nothing is chosen but a parent page: its child writes an empty Content-Usage line. */
function quietSite(): Site {
  return {
    items: [
      { id: 'parent', path: '/parent/', intent: intent('cc-cr') },
      { id: 'child', path: '/parent/child/' },
    ],
    options: { contentSignal: true, tdmrep: true },
  };
}

/** The cases, without their expected outputs. */
export function siteVectorCases(): SiteVector[] {
  return [
    { name: 'a blog: sections with and without prefixes, the front page, plain permalinks, media, one rule per path, other plugins\' groups', site: blog(), existingRobotsTxt: PLUGINS_ROBOTS, existingHeaders: [['Link', '<https://example.org/wp-json/>; rel="https://api.w.org/"'], ['X-Robots-Tag', 'noarchive']] },
    { name: 'a big site: the oldest items left out to stay under the limit, comments written once, CRLF kept', site: bigSite(), existingRobotsTxt: 'User-agent: *\r\nDisallow: /admin/\r\n', maxBytes: 2000, existingHeaders: [] },
    { name: 'plain permalinks: every item left to its page', site: { intent: intent('cc-cr'), sections: { post: {} }, items: [{ id: '1', section: 'post', path: '/?p=1', intent: intent('allow') }, { id: '2', section: 'post', path: '/?p=2' }] }, existingRobotsTxt: WORDPRESS_ROBOTS, existingHeaders: [] },
    { name: 'allowed AI training with the opt-in to the wider ai-train of Content-Signal and RSL (anyAiTraining)', site: { intent: intent('allow'), sections: { post: { path: '/blog/', intent: intent('cc-cr') } }, items: [{ id: '1', section: 'post', path: '/blog/open/', intent: intent('allow') }], options: { contentSignal: true, anyAiTraining: true, rslLicenseUrl: 'https://example.org/license.xml' } }, existingRobotsTxt: WORDPRESS_ROBOTS, existingHeaders: [] },
    { name: 'an RSL licence URL where RSL would state nothing (AI training allowed, no opt-in): no License record', site: { intent: intent('allow'), sections: { post: { intent: intent('allow') } }, items: [{ id: '1', section: 'post', path: '/open/' }], options: { contentSignal: true, rslLicenseUrl: 'https://example.org/license.xml' } }, existingRobotsTxt: WORDPRESS_ROBOTS, existingHeaders: [] },
    { name: 'allowing items and a section under a disallowing site, no opt-in: an empty Content-Signal line for each of their paths', site: { intent: intent('disallow'), sections: { post: {}, notes: { path: '/notes/', intent: intent('allow') } }, items: [{ id: '1', section: 'post', path: '/2026/open/', intent: intent('allow') }, { id: '2', section: 'notes', path: '/notes/credited/', intent: intent('cc-cr') }], options: { contentSignal: true } }, existingRobotsTxt: PLUGINS_ROBOTS, existingHeaders: [] },
    { name: 'nothing chosen anywhere', site: { items: [{ id: '1', path: '/a/' }] }, existingRobotsTxt: '', existingHeaders: [] },
    { name: 'draft -08 selected: AI Use in every output (Content-Signal ai-input, RSL ai-input, TDMRep), noai for training only', site: aiUseSite('draft-ietf-aipref-vocab-08'), existingRobotsTxt: WORDPRESS_ROBOTS, existingHeaders: [] },
    { name: 'draft -07 (the default) with stored ai-use choices: kept, not written', site: aiUseSite(), existingRobotsTxt: WORDPRESS_ROBOTS, existingHeaders: [] },
    { name: 'a relabelled vocabulary in transition mode: the previous label written beside the new one everywhere', site: relabelledSite(true), existingRobotsTxt: WORDPRESS_ROBOTS, existingHeaders: [] },
    { name: 'a relabelled vocabulary without transition mode: the new label only', site: relabelledSite(false), existingRobotsTxt: WORDPRESS_ROBOTS, existingHeaders: [] },
    { name: 'nested pages: a child keeping the default under a parent that differs gets its own rule, newer or older', site: nestedSite(), existingRobotsTxt: WORDPRESS_ROBOTS, existingHeaders: [] },
    { name: 'nested pages under the size limit: a parent and the children that differ from it are kept or left out together', site: nestedSite(), existingRobotsTxt: WORDPRESS_ROBOTS, maxBytes: 1500, existingHeaders: [] },
    { name: 'nothing chosen but a parent page: its child gets an empty Content-Usage line', site: quietSite(), existingRobotsTxt: '', existingHeaders: [] },
  ];
}

/** Every output of the site module for a case. */
export function siteVectorOutputs(vector: SiteVector): Record<string, unknown> {
  const { site } = vector;
  const sections = Object.keys(site.sections ?? {});
  const robots = siteRobotsTxt(site, vector.existingRobotsTxt, vector.maxBytes);
  const feed = (section?: string) => {
    const statements = siteFeed(site, section);
    const items = (site.items ?? []).filter((item) => section === undefined || item.section === section);
    return { channel: statements.channel, items: Object.fromEntries(items.map((item) => [item.id, statements.item(item) ?? null])) };
  };
  const items = site.items ?? [];
  return {
    sections: Object.fromEntries([['', resolveSection(site)], ...sections.map((id) => [id, resolveSection(site, id)])].map(([id, r]) => [id, pick(r)])),
    items: Object.fromEntries(items.map((item) => [item.id, pick(resolveItem(site, item))])),
    robotsTxt: robots.text,
    omitted: robots.omitted,
    tdmrepJson: siteTdmrepJson(site),
    feeds: Object.fromEntries([['', feed()], ...sections.map((id) => [id, feed(id)])]),
    headers: Object.fromEntries(items.map((item) => [item.id, siteHeaders(resolveItem(site, item).preferences, site.options, vector.existingHeaders)])),
  };
}

function pick(resolution: unknown): { preferences: Preferences; from: Record<string, string> } {
  const { preferences, from } = resolution as { preferences: Preferences; from: Record<string, string> };
  return { preferences, from };
}

/** Pattern matching whose cost tells the algorithms apart: a backtracking matcher takes minutes here. */
export function matchingVectors(): { pattern: string; path: string; matches: boolean }[] {
  const stars = `/${'a*'.repeat(5_000)}b`;
  const cases = [
    { pattern: stars, path: `/${'a'.repeat(10_000)}` },
    { pattern: stars, path: `/${'a'.repeat(10_000)}b` },
    { pattern: '/*.php$', path: '/index.php' },
    { pattern: '/*.php$', path: '/index.php?x=1' },
    { pattern: '/fish*', path: '/fish.html' },
    { pattern: '/$', path: '/' },
    { pattern: '/$', path: '/?p=1' },
    { pattern: '/a*b*c$', path: '/abcabc' },
    // RFC 9309 § 2.2.2's example table: delimiters inside a query compare percent-encoded, in the path they do not.
    { pattern: '/foo/bar?baz=https://foo.bar', path: '/foo/bar?baz=https%3A%2F%2Ffoo.bar' },
    { pattern: '/foo/bar?baz=https%3A%2F%2Ffoo.bar', path: '/foo/bar?baz=https://foo.bar' },
    { pattern: '/foo/bar/\u30C4', path: '/foo/bar/%E3%83%84' },
    { pattern: '/a:b@c/', path: '/a%3Ab%40c/' },
  ];
  return cases.map(({ pattern, path }) => ({
    pattern, path, matches: robotsPatternMatches(normalizeRobotsPattern(pattern), normalizeRobotsUrlPath(path)),
  }));
}
