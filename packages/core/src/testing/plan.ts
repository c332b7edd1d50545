import type { EmitOptions } from '../emit.js';
import type { Intent } from '../intent.js';
import { presets } from '../presets.js';
import type { Site } from '../site/types.js';

/** What the suite asks the adapter to store before reading the site back. */
export interface SeedPlan {
  /** The site default. */
  readonly intent: Intent;
  /** Section defaults, by the adapter's section ids (those it named in `sections`). */
  readonly sections: Readonly<Record<string, Intent>>;
  /** Published items to create: one per preset in the first section, one inheriting item per other section. */
  readonly items: readonly PlannedItem[];
  /** The emit options to switch on (TDMRep and Content-Signal, so that every output is read). */
  readonly options: EmitOptions;
}

/** One item to create. `key` names it in the test titles and in {@link Seeded.items}. */
export interface PlannedItem {
  readonly key: string;
  readonly section: string;
  readonly title: string;
  readonly slug: string;
  /** Its own choice; `{ categories: {} }` inherits everything. */
  readonly intent: Intent;
  /** ISO 8601 publication date. */
  readonly published: string;
}

/** What the adapter reports after seeding: the structure only it knows. */
export interface Seeded {
  /** The URL path prefix of each section, when its items have one (`/notes/`). */
  readonly sections: Readonly<Record<string, { readonly path?: string }>>;
  /** The id and absolute URL of each planned item, by key. */
  readonly items: Readonly<Record<string, { readonly id: string; readonly url: string }>>;
  /** The feeds to read: absolute URLs, with the section whose feed each is (none: the site's). */
  readonly feeds: readonly { readonly url: string; readonly section?: string }[];
}

const SITE_DEFAULT: Intent = { categories: { 'train-ai': { choice: 'disallow' }, search: { choice: 'allow' } } };
const SECTION_DEFAULTS: readonly string[] = ['cc-cr-ec', 'allow', 'disallow'];

function presetIntent(id: string): Intent {
  return presets.find((preset) => preset.id === id)?.intent ?? { categories: {} };
}

/** The plan for an adapter whose sections are `sections` (the first gets the preset items). */
export function seedPlan(sections: readonly string[]): SeedPlan {
  const [first, ...others] = sections;
  if (first === undefined) throw new Error('testAdapter: `sections` needs at least one section id');
  const defaults = Object.fromEntries(sections.map((id, index) => [id, presetIntent(SECTION_DEFAULTS[index % 3] ?? 'allow')]));
  const items: PlannedItem[] = presets.map((preset, index) => ({
    key: preset.id, section: first, title: `Preset ${preset.id}`, slug: `preset-${preset.id}`,
    intent: preset.intent, published: `2026-01-${String(index + 1).padStart(2, '0')}T10:00:00Z`,
  }));
  others.forEach((section, index) => items.push({
    key: `${section}-inherits`, section, title: `${section} inherits`, slug: `${section}-inherits`,
    intent: { categories: {} }, published: `2026-02-${String(index + 1).padStart(2, '0')}T10:00:00Z`,
  }));
  return { intent: SITE_DEFAULT, sections: defaults, items, options: { tdmrep: true, contentSignal: true } };
}

/** The site as core's site module sees it, from the plan and what the adapter reported. */
export function plannedSite(plan: SeedPlan, seeded: Seeded): Site {
  const sections = Object.fromEntries(
    Object.entries(plan.sections).map(([id, intent]) => [id, { intent, ...seeded.sections[id] }]),
  );
  const items = plan.items.map((item) => {
    const url = seeded.items[item.key]?.url;
    if (url === undefined) throw new Error(`testAdapter: seed() reported no URL for item "${item.key}"`);
    const parsed = new URL(url);
    return { id: item.key, section: item.section, path: parsed.pathname + parsed.search, published: item.published, intent: item.intent };
  });
  return { intent: plan.intent, sections, items, options: plan.options };
}
