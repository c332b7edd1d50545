import { withDefaults } from '../emit.js';
import { intentToPreferences, type CategoryChoice, type Intent } from '../intent.js';
import type { Preferences } from '../preferences.js';
import type { Layer, Site, SiteItem } from './types.js';

/** A resolved intent, its wire preferences, and where each category's choice came from. */
export interface Resolution {
  readonly intent: Intent;
  readonly preferences: Preferences;
  /** For each category id with a choice, the layer that made it. */
  readonly from: Readonly<Record<string, Layer>>;
}

/**
 * Resolves layered intents, most general first: for each category the last
 * non-inherit choice wins, and `from` says which layer that was. The
 * preferences are written for the site's vocabulary (`options.vocabulary`),
 * with previous labels in transition mode (`options.transitionLabels`).
 */
function resolveLayers(layers: readonly (readonly [Layer, Intent | undefined])[], options: Site['options']): Resolution {
  const categories: Record<string, CategoryChoice> = {};
  const from: Record<string, Layer> = {};
  for (const [layer, intent] of layers) {
    for (const [id, value] of Object.entries(intent?.categories ?? {})) {
      if (value.choice === 'inherit') continue;
      categories[id] = value;
      from[id] = layer;
    }
  }
  const intent = { categories };
  const settings = withDefaults(options);
  const preferences = intentToPreferences(intent, settings.vocabulary, { transitionLabels: settings.transitionLabels });
  return { intent, preferences, from };
}

/**
 * What applies to a section (its archive, its feed) and what its items
 * inherit: site default → section default. Without a section (or with one
 * the site does not define), the site default.
 */
export function resolveSection(site: Pick<Site, 'intent' | 'sections' | 'options'>, section?: string): Resolution {
  const own = section === undefined ? undefined : site.sections?.[section]?.intent;
  return resolveLayers([
    ['site', site.intent],
    ['section', own],
  ], site.options);
}

/** What applies to an item: site default → its section's default → its own choice. */
export function resolveItem(
  site: Pick<Site, 'intent' | 'sections' | 'options'>,
  item: Pick<SiteItem, 'section' | 'intent'>,
): Resolution {
  const section = item.section === undefined ? undefined : site.sections?.[item.section]?.intent;
  return resolveLayers([
    ['site', site.intent],
    ['section', section],
    ['item', item.intent],
  ], site.options);
}

/** Whether two statements give the same preference and exception for every label. */
export function samePreferences(a: Preferences, b: Preferences): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const left = a[key];
    const right = b[key];
    if (left?.preference !== right?.preference || left?.exception !== right?.exception) return false;
  }
  return true;
}
