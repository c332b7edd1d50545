// Pure logic of the editor panel: what is stored, which preset it is, what a post inherits.
// No WordPress imports, so tests run it directly.
import {
  currentVocabulary,
  intentToPreferences,
  parseStoredIntent,
  presetById,
  presetOf,
  resolveIntent,
  serializeIntent,
  signalByToken,
  signals,
  type Category,
  type CategoryChoice,
  type Intent,
  type Preferences,
  type Preset,
  type Vocabulary,
} from '@cc-signals/core';

/** What PHP prints as `window.ccSignalsEditor` (see the plugin README). */
export interface EditorConfig {
  readonly metaKey: string;
  readonly siteDefault: Intent;
  readonly postTypeDefaults: Readonly<Record<string, Intent>>;
  /** Settings → AI usage, shown to users who may change the defaults. */
  readonly settingsUrl?: string;
  /**
   * The categories of the site's vocabulary (-07, the default, or -08), as PHP
   * prints them; the default's when absent. Taken from PHP rather than looked
   * up by id, so the editor bundle carries one vocabulary only.
   */
  readonly categories?: readonly Category[];
  /** The id of the site's vocabulary, for the names a later draft changed (`category.<id>.<category>` messages). */
  readonly vocabulary?: string;
}

/** The JSON object stored in the post meta (the REST `object` schema): an intent without inherits. */
export interface StoredIntent {
  categories: Record<string, CategoryChoice>;
}

/**
 * Reads a stored intent leniently: PHP encodes an empty array as `[]`, and an
 * unreadable value is treated as "inherit everything" rather than breaking the editor.
 */
export function readIntent(value: unknown): Intent {
  if (value === null || value === undefined || value === '' || Array.isArray(value)) return { categories: {} };
  try {
    const raw = value as { categories?: unknown };
    return parseStoredIntent(Array.isArray(raw.categories) ? { categories: {} } : value);
  } catch {
    return { categories: {} };
  }
}

/** The value to store for an intent: categories that inherit are left out. */
export function toStored(intent: Intent): StoredIntent {
  return JSON.parse(serializeIntent(intent)) as StoredIntent;
}

/** Reads the config PHP printed; missing parts default to "no preference". */
export function readConfig(raw: unknown): EditorConfig {
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const defaults = (typeof source.postTypeDefaults === 'object' && source.postTypeDefaults !== null
    ? source.postTypeDefaults : {}) as Record<string, unknown>;
  return {
    metaKey: typeof source.metaKey === 'string' ? source.metaKey : '_cc_signals',
    siteDefault: readIntent(source.siteDefault),
    postTypeDefaults: Object.fromEntries(Object.entries(defaults).map(([type, value]) => [type, readIntent(value)])),
    ...(source.canEditDefaults === true && typeof source.settingsUrl === 'string' ? { settingsUrl: source.settingsUrl } : {}),
    ...(isCategoryList(source.categories) ? { categories: source.categories } : {}),
    ...(typeof source.vocabulary === 'string' ? { vocabulary: source.vocabulary } : {}),
  };
}

function isCategoryList(value: unknown): value is Category[] {
  return Array.isArray(value) && value.length > 0 && value.every((category: unknown) => {
    const { id, label } = (typeof category === 'object' && category !== null ? category : {}) as Partial<Category>;
    return typeof id === 'string' && typeof label === 'string';
  });
}

/** The site's vocabulary: the default's data with the categories PHP printed (-08's when the site selects it). */
export function vocabularyOf(config: EditorConfig): Vocabulary {
  return config.categories === undefined ? currentVocabulary : { ...currentVocabulary, categories: config.categories };
}

/** The categories the panel offers: those of the site's vocabulary, in order. */
export function categoriesOf(config: EditorConfig): readonly Category[] {
  return vocabularyOf(config).categories;
}

/** The intent a post of this type inherits when it chooses nothing itself. */
export function inheritedIntent(config: EditorConfig, postType: string): Intent {
  return resolveIntent(config.siteDefault, config.postTypeDefaults[postType]);
}

/** The preferences a post would carry: site default → post type default → the post. */
export function effectivePreferences(config: EditorConfig, postType: string, post: Intent): Preferences {
  return intentToPreferences(resolveIntent(config.siteDefault, config.postTypeDefaults[postType], post), vocabularyOf(config));
}

/** The preset id matching an intent exactly, or `custom`. */
export function presetIdOf(intent: Intent): string {
  return presetOf(intent)?.id ?? 'custom';
}

/** The intent of a preset id (unknown ids: inherit). */
export function intentOfPreset(id: string): Intent {
  return presetById(id)?.intent ?? { categories: {} };
}

/** The CC signal a preset applies, if any (for the link to its text). */
export function presetSignal(preset: Preset): ReturnType<typeof signalByToken> {
  const token = Object.values(preset.intent.categories).find((value) => value.signal !== undefined)?.signal;
  return token === undefined ? undefined : signalByToken(token);
}

/** One category's choice as a single select value: `inherit`, `allow`, `disallow` or `disallow:<signal>`. */
export function choiceValue(intent: Intent, categoryId: string): string {
  const value = intent.categories[categoryId];
  if (!value || value.choice === 'inherit') return 'inherit';
  return value.choice === 'disallow' && value.signal ? `disallow:${value.signal}` : value.choice;
}

/** The intent with one category changed to a select value from {@link choiceValue}. */
export function withChoice(intent: Intent, categoryId: string, selected: string): Intent {
  const categories: Record<string, CategoryChoice> = { ...intent.categories };
  const [choice, token] = selected.split(':');
  const signal = token === undefined ? undefined : signalByToken(token);
  if (choice === 'allow' || (choice === 'disallow' && token === undefined)) categories[categoryId] = { choice };
  else if (choice === 'disallow' && signal) {
    categories[categoryId] = { choice: 'disallow', signal: signal.token, signalVersion: signal.version };
  } else Reflect.deleteProperty(categories, categoryId);
  return { categories };
}

/** The select values offered per category, in order (labels are added by the UI). */
export function choiceValues(): string[] {
  return ['inherit', 'allow', 'disallow', ...signals.map((signal) => `disallow:${signal.token}`)];
}

