import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContentSignal, serializeContentSignal } from '../content-signal.js';
import { serializeContentUsage } from '../content-usage.js';
import type { Intent } from '../intent.js';
import type { Preferences } from '../preferences.js';
import { presets } from '../presets.js';
import { evaluateRobots } from '../robots/evaluate.js';
import { matchTdmrep, parseTdmrepJson, serializeTdmrepJson } from '../tdmrep.js';
import { resolveItem, resolveSection } from './resolve.js';
import { siteRobotsTxt } from './robots.js';
import { siteTdmrepJson } from './tdmrep.js';
import type { Site, SiteItem } from './types.js';

// Random sites with nested paths: every listed item and every section reads its own preferences back.
const anyIntent: fc.Arbitrary<Intent | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...presets.map((preset) => preset.intent)),
  fc.record({ categories: fc.record({ search: fc.record({ choice: fc.constantFrom('allow' as const, 'disallow' as const, 'inherit' as const) }) }) }),
);
const segment = fc.constantFrom('a', 'b', 'ab');
const nestedPath = fc.tuple(fc.array(segment, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([parts, slash]) => `/${parts.join('/')}${slash ? '/' : ''}`);
const itemPath = fc.oneof({ weight: 8, arbitrary: nestedPath }, { weight: 1, arbitrary: fc.constantFrom('/', '/?p=1', '/a/?x=1') });
const anySite: fc.Arbitrary<Site> = fc.record({
  intent: anyIntent,
  sections: fc.array(fc.record({ path: fc.option(nestedPath, { nil: undefined }), intent: anyIntent }), { maxLength: 3 })
    .map((list) => Object.fromEntries(list.map((section, index) => [`s${index}`, section]))),
  items: fc.array(fc.record({
    section: fc.constantFrom(undefined, 's0', 's1', 's2'),
    path: itemPath,
    published: fc.option(fc.integer({ min: 0, max: 20 }).map((day) => new Date(Date.UTC(2026, 0, day + 1)).toISOString()), { nil: undefined }),
    intent: anyIntent,
  }), { maxLength: 14 }).map((list) => list.map((item, index): SiteItem => ({ id: String(index), ...item }))),
  options: fc.record({ contentSignal: fc.constant(true), anyAiTraining: fc.boolean(), tdmrep: fc.constant(true) }),
});

/** The paths to check and what each must read: listed items (newest owns a path), then section paths no item owns. */
function expectations(site: Site, omitted: ReadonlySet<string>): Map<string, Preferences> {
  const owners = new Map<string, Preferences | null>();
  const byDate = [...(site.items ?? [])].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || Number(a.id) - Number(b.id));
  for (const item of byDate) {
    if (item.path === undefined || item.path.includes('?') || owners.has(item.path)) continue;
    owners.set(item.path, omitted.has(item.id) ? null : resolveItem(site, item).preferences);
  }
  for (const [id, section] of Object.entries(site.sections ?? {})) {
    if (section.path !== undefined && !owners.has(section.path)) owners.set(section.path, resolveSection(site, id).preferences);
  }
  if (!owners.has('/')) owners.set('/', resolveSection(site).preferences);
  owners.set('/zz-unlisted', resolveSection(site).preferences);
  const listed = new Map<string, Preferences>();
  for (const [path, preferences] of owners) if (preferences) listed.set(path, preferences);
  return listed;
}

function reservation(preferences: Preferences, options: Site['options']): number | undefined {
  return parseTdmrepJson(serializeTdmrepJson([{ path: '/', preferences }], options))[0]?.reservation;
}

describe('site rules under longest match (property)', () => {
  it('every listed item and every section reads exactly its own preferences in robots.txt and tdmrep.json', () => {
    fc.assert(fc.property(anySite, (site) => {
      const { text, omitted } = siteRobotsTxt(site);
      const tdmrep = parseTdmrepJson(siteTdmrepJson(site));
      for (const [path, own] of expectations(site, new Set(omitted.map((item) => item.id)))) {
        const read = evaluateRobots(text, path, 'ExampleBot');
        expect(serializeContentUsage(read.preferences), `Content-Usage at ${path}`).toBe(serializeContentUsage(own));
        expect(read.contentSignal, `Content-Signal at ${path}`).toEqual(parseContentSignal(serializeContentSignal(own, site.options)));
        const expected = reservation(own, site.options);
        if (expected !== undefined) expect(matchTdmrep(tdmrep, path)?.reservation, `tdmrep at ${path}`).toBe(expected);
      }
    }), { numRuns: 300 });
  });

  it('under a size limit, a left-out item reads the defaults, never another item\'s preferences', () => {
    const sized = fc.tuple(anySite, fc.integer({ min: 0, max: 600 }));
    fc.assert(fc.property(sized, ([site, extra]) => {
      const full = siteRobotsTxt(site);
      const fullSize = new TextEncoder().encode(full.text).length;
      expect(siteRobotsTxt(site, '', fullSize).omitted).toEqual(full.omitted);
      const { text, omitted } = siteRobotsTxt(site, '', fullSize - extra);
      const left = new Set(omitted.filter((item) => item.reason === 'size').map((item) => item.id));
      const listed = new Set([...left, ...full.omitted.map((item) => item.id)]);
      for (const [path, own] of expectations(site, listed)) {
        expect(serializeContentUsage(evaluateRobots(text, path, 'ExampleBot').preferences), `kept ${path}`).toBe(serializeContentUsage(own));
      }
      // Defaults always fit: with no room, robots.txt holds the defaults alone.
      const defaultsOnly = siteRobotsTxt(site, '', 0).text;
      for (const item of (site.items ?? []).filter((entry) => left.has(entry.id))) {
        const read = evaluateRobots(text, item.path!, 'ExampleBot').preferences;
        expect(serializeContentUsage(read), `left out ${item.path}`).toBe(serializeContentUsage(evaluateRobots(defaultsOnly, item.path!, 'ExampleBot').preferences));
      }
    }), { numRuns: 200 });
  });
});
