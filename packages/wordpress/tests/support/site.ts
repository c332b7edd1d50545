// Boots WordPress with this plugin and seeds content through PHP (wpCli).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  intentToPreferences, presetById, presets, resolveIntent, serializeIntent, type Intent, type Preferences,
} from '@cc-signals/core';
import type { SeedPlan, Seeded } from '@cc-signals/core/testing';
import { bootWordPress, type BootOptions, type WordPress } from '../harness/boot-wordpress.mjs';

export const PLUGIN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE_DIR = path.join(PLUGIN_DIR, '.cache');

/** A plugin of tests/support/fixtures/, e.g. `robots-groups` (named robots.txt groups, as other plugins add). */
export const FIXTURE_PLUGINS = path.join(PLUGIN_DIR, 'tests/support/fixtures');

/** Boots WordPress 6.6 ('beta') with the plugin folder symlinked as `cc-signals`, and any fixture plugins. */
export function bootSite(options: BootOptions & { active?: boolean; fixtures?: readonly string[] } = {}): Promise<WordPress> {
  const { active = true, fixtures = [], ...rest } = options;
  return bootWordPress({
    cacheDir: CACHE_DIR, build: 'beta', ...rest,
    plugins: [
      { dir: PLUGIN_DIR, slug: 'cc-signals', activate: active },
      ...fixtures.map((slug) => ({ dir: path.join(FIXTURE_PLUGINS, slug), slug, activate: true })),
    ],
  });
}

/** A PHP expression that evaluates to the JSON value (base64, so no quoting issues). */
export function phpJson(value: unknown): string {
  return `json_decode( base64_decode( '${Buffer.from(JSON.stringify(value)).toString('base64')}' ), true )`;
}

/** The intent as the plain JSON object PHP stores (inherits left out). */
export function intentJson(intent: Intent): unknown {
  return JSON.parse(serializeIntent(intent));
}

export function presetIntent(id: string): Intent {
  const preset = presetById(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.intent;
}

/** Merges into the plugin's settings option (same shape as `cc_signals_settings`). */
export async function updateSettings(wp: WordPress, patch: Record<string, unknown>): Promise<void> {
  await wp.wpCli(`$s = get_option( 'cc_signals_settings' );
$s = array_replace_recursive( is_array( $s ) ? $s : array(), ${phpJson(patch)} );
update_option( 'cc_signals_settings', $s );
return get_option( 'cc_signals_settings' );`);
}

/** Replaces the defaults outright (array_replace_recursive cannot remove a category). */
export async function setDefaults(wp: WordPress, site: Intent, postTypes: Record<string, Intent>): Promise<void> {
  const types = Object.fromEntries(Object.entries(postTypes).map(([type, intent]) => [type, intentJson(intent)]));
  await wp.wpCli(`$s = get_option( 'cc_signals_settings' );
$s = is_array( $s ) ? $s : array();
$s['site_default'] = ${phpJson(intentJson(site))};
$s['post_type_defaults'] = ${phpJson(types)};
update_option( 'cc_signals_settings', $s );`);
}

export interface SeededPost {
  readonly presetId: string;
  readonly id: number;
  readonly url: string;
  readonly type: string;
  readonly intent: Intent;
}

/** Inserts a published post and stores its intent with update_post_meta. */
export async function insertPost(
  wp: WordPress, fields: Record<string, unknown>, intent: Intent | undefined,
): Promise<{ id: number; url: string }> {
  const meta = intent === undefined ? '' : `update_post_meta( $id, '_cc_signals', ${phpJson(intentJson(intent))} );`;
  const { result } = await wp.wpCli(`$id = wp_insert_post( ${phpJson({ post_status: 'publish', ...fields })}, true );
if ( is_wp_error( $id ) ) return array( 'error' => $id->get_error_message() );
${meta}
return array( 'id' => $id, 'url' => get_permalink( $id ) );`);
  const r = result as { id?: number; url?: string; error?: string };
  if (r.error !== undefined || r.id === undefined || r.url === undefined) throw new Error(`insert post: ${r.error ?? 'failed'}`);
  return { id: r.id, url: r.url };
}

/**
 * The adapter's `seed` for `@cc-signals/core/testing`: stores the plan's defaults
 * and outputs, inserts each planned item (post type = section) by `author`, and
 * reports the URLs. Post types have no URL prefix of their own.
 */
export async function seedPlan(wp: WordPress, plan: SeedPlan): Promise<Seeded> {
  await setDefaults(wp, plan.intent, plan.sections);
  await updateSettings(wp, { outputs: { tdmrep: plan.options.tdmrep === true, content_signal: plan.options.contentSignal === true } });
  const items: Record<string, { id: string; url: string }> = {};
  for (const item of plan.items) {
    const { id, url } = await insertPost(wp, {
      post_type: item.section, post_title: item.title, post_name: item.slug, post_author: 3,
      post_content: `<p>${item.title}</p>`, post_date: item.published.replace('T', ' ').replace(/Z$/, ''),
    }, item.intent);
    items[item.key] = { id: String(id), url };
  }
  return {
    sections: Object.fromEntries(Object.keys(plan.sections).map((id) => [id, {}])),
    items,
    feeds: [{ url: `${wp.url}/feed/`, section: 'post' }, { url: `${wp.url}/feed/atom/`, section: 'post' }],
  };
}

/** One published post per preset, by `author` (user 3), titled after the preset. */
export async function seedPresetPosts(wp: WordPress): Promise<SeededPost[]> {
  const seeded: SeededPost[] = [];
  for (const [index, preset] of presets.entries()) {
    const { id, url } = await insertPost(wp, {
      post_title: `Preset ${preset.id}`, post_name: `preset-${preset.id}`, post_author: 3,
      post_content: `<p>${preset.description}</p>`, post_date: `2026-01-0${index + 1} 10:00:00`,
    }, preset.intent);
    seeded.push({ presetId: preset.id, id, url, type: 'post', intent: preset.intent });
  }
  return seeded;
}

/** The preferences a post should carry: site default → post type default → the post. */
export function expectedPreferences(
  site: Intent, typeDefaults: Record<string, Intent>, type: string, post: Intent,
): Preferences {
  return intentToPreferences(resolveIntent(site, typeDefaults[type], post));
}

/** The preferences with every current category present, as `cc-signals inspect --json` prints them. */
export function withAllCategories(preferences: Preferences, labels: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(labels.map((label) => [label, preferences[label] ?? { preference: 'unknown' }]));
}
