import { patterns } from './bindings.js';
import { ValidationError, invalidValue } from './errors.js';
import type { CategoryPreference, Preferences } from './preferences.js';
import { signalByToken, signalTokens, signalVersions, type SignalToken } from './signals.js';
import { categoryById, currentVocabulary, type Vocabulary } from './vocabulary.js';

/** What an author or admin chose for one usage category. */
export type Choice = 'inherit' | 'allow' | 'disallow';

/** The allowed values of {@link Choice}. */
export const choices: readonly Choice[] = ['inherit', 'allow', 'disallow'];

/**
 * The choice for one category. A `disallow` may name a CC signal whose
 * conditions lift it; the signal's version is stored with it.
 */
export interface CategoryChoice {
  readonly choice: Choice;
  readonly signal?: SignalToken;
  readonly signalVersion?: string;
}

/**
 * What an author or admin chose, independent of any wire format: choices per
 * category id. Categories not named inherit. Stored as JSON by the CMS
 * adapters; ids the vocabulary no longer knows are kept, not dropped.
 */
export interface Intent {
  readonly categories: Readonly<Record<string, CategoryChoice>>;
}

/** An intent with no choices: everything inherits. */
export const emptyIntent: Intent = { categories: {} };

const CATEGORY_ID = new RegExp(patterns.categoryId);

/**
 * Validates an intent from untrusted input (a REST body, a form, a CLI flag).
 * Throws a {@link ValidationError} naming the field and the allowed values.
 * Category ids must belong to `vocabulary`.
 */
export function validateIntent(input: unknown, vocabulary = currentVocabulary): Intent {
  const categories = readCategories(input);
  const allowedIds = vocabulary.categories.map((category) => category.id);
  const result: Record<string, CategoryChoice> = {};
  for (const [id, value] of Object.entries(categories)) {
    if (!categoryById(id, vocabulary)) invalidValue('categories', id, allowedIds);
    result[id] = validateCategoryChoice(value, `categories.${id}`);
  }
  return { categories: result };
}

/** A part of a stored intent that could not be read, and what was read in its place. */
export interface StoredIntentProblem {
  /** The path of the part, `categories.train-ai.signal`, or `intent` for the whole value. */
  readonly field: string;
  readonly message: string;
  /** The category ids read as `disallow` because of it (none for a key that names no category). */
  readonly disallowed: readonly string[];
}

/** What {@link readStoredIntent} read: the intent and what it could not read. */
export interface StoredIntentReading {
  readonly intent: Intent;
  readonly problems: readonly StoredIntentProblem[];
}

/**
 * Reads an intent that was stored earlier, never more permissively than it
 * was stored, and never throws. Category ids the current vocabulary does not
 * know are kept, so stored choices survive vocabulary updates; a signal
 * version CC has since superseded is kept with its own version. A part that
 * cannot be read makes its category `disallow` (a choice whose signal cannot
 * be read becomes a plain `disallow`); the other parts keep their value. A
 * value that cannot be read at all (not JSON, not an object) disallows every
 * category of `vocabulary`. Blank text and an empty object are the empty intent.
 */
export function readStoredIntent(stored: unknown, vocabulary: Vocabulary = currentVocabulary): StoredIntentReading {
  let categories: Record<string, unknown>;
  try {
    const input: unknown = typeof stored === 'string' ? parseJson(stored) : stored;
    categories = Array.isArray(input) && input.length === 0 ? {} : readCategories(input);
  } catch (error) {
    const ids = vocabulary.categories.map((category) => category.id);
    const intent = { categories: Object.fromEntries(ids.map((id) => [id, { choice: 'disallow' as const }])) };
    return { intent, problems: [{ ...problemOf(error, 'intent'), disallowed: ids }] };
  }
  const result: Record<string, CategoryChoice> = {};
  const problems: StoredIntentProblem[] = [];
  for (const [id, value] of Object.entries(categories)) {
    if (!CATEGORY_ID.test(id)) {
      problems.push({ field: 'categories', message: `categories: "${id}" is not a category id`, disallowed: [] });
      continue;
    }
    try {
      result[id] = validateCategoryChoice(value, `categories.${id}`);
    } catch (error) {
      result[id] = { choice: 'disallow' };
      problems.push({ ...problemOf(error, `categories.${id}`), disallowed: [id] });
    }
  }
  return { intent: { categories: result }, problems };
}

/**
 * The intent of {@link readStoredIntent}, without the problems: what a CMS
 * serializes for a stored value, whatever shape it is in. Never throws.
 */
export function parseStoredIntent(stored: unknown, vocabulary: Vocabulary = currentVocabulary): Intent {
  return readStoredIntent(stored, vocabulary).intent;
}

function problemOf(error: unknown, field: string): { field: string; message: string } {
  if (error instanceof ValidationError) return { field: error.field, message: error.message };
  return { field, message: error instanceof Error ? error.message : String(error) };
}

/** The JSON string form in which adapters store an intent. */
export function serializeIntent(intent: Intent): string {
  const categories: Record<string, CategoryChoice> = {};
  for (const id of Object.keys(intent.categories).sort()) {
    const value = intent.categories[id];
    if (value && value.choice !== 'inherit') categories[id] = value;
  }
  return JSON.stringify({ categories });
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return { categories: {} };
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ValidationError(`intent: not valid JSON (${(error as Error).message})`, { field: 'intent' });
  }
}

function readCategories(input: unknown): Record<string, unknown> {
  if (!isRecord(input)) {
    throw new ValidationError('intent: expected an object with "categories"', { field: 'intent' });
  }
  const categories = input.categories ?? {};
  if (!isRecord(categories)) {
    throw new ValidationError('categories: expected an object keyed by category id', { field: 'categories' });
  }
  return categories;
}

function validateCategoryChoice(value: unknown, field: string): CategoryChoice {
  if (!isRecord(value)) {
    throw new ValidationError(`${field}: expected an object with "choice"`, { field, allowed: choices });
  }
  const choice = value.choice;
  if (!(choices as readonly unknown[]).includes(choice)) invalidValue(`${field}.choice`, choice, choices);
  if (value.signal === undefined || value.signal === null) return { choice: choice as Choice };
  if (choice !== 'disallow') {
    throw new ValidationError(`${field}.signal: a CC signal only applies to "disallow"`, {
      field: `${field}.signal`,
    });
  }
  const signal = typeof value.signal === 'string' ? signalByToken(value.signal) : undefined;
  if (!signal) return invalidValue(`${field}.signal`, value.signal, signalTokens);
  const version = value.signalVersion ?? signal.version;
  const versions = signalVersions(signal.token).map((known) => known.version);
  if (typeof version !== 'string' || !versions.includes(version)) {
    return invalidValue(`${field}.signalVersion`, version, versions);
  }
  return { choice: 'disallow', signal: signal.token, signalVersion: version };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Resolves layered intents, most general first (site default, content-type
 * default, per-item choice): for each category the last non-inherit choice wins.
 */
export function resolveIntent(...layers: readonly (Intent | undefined)[]): Intent {
  const categories: Record<string, CategoryChoice> = {};
  for (const layer of layers) {
    for (const [id, value] of Object.entries(layer?.categories ?? {})) {
      if (value.choice !== 'inherit') categories[id] = value;
    }
  }
  return { categories };
}

/** Options of {@link intentToPreferences}; `EmitOptions` carries the same flag. */
export interface PreferencesOptions {
  /**
   * Transition mode after a relabel: state each preference under the
   * category's `previousLabels` as well, so that readers of the earlier
   * vocabulary keep understanding it. Default false.
   */
  readonly transitionLabels?: boolean;
}

/**
 * The wire-level preferences of a resolved intent, keyed by the labels of
 * `vocabulary` (and, in transition mode, their previous labels after them).
 * Ids the vocabulary does not know are left out.
 */
export function intentToPreferences(
  intent: Intent,
  vocabulary: Vocabulary = currentVocabulary,
  options: PreferencesOptions = {},
): Preferences {
  const result: Record<string, CategoryPreference> = {};
  const previous: Record<string, CategoryPreference> = {};
  for (const category of vocabulary.categories) {
    const value = intent.categories[category.id];
    if (!value || value.choice === 'inherit') continue;
    const preference: CategoryPreference = value.choice === 'allow' ? { preference: 'allowed' } : disallowed(value);
    result[category.label] = preference;
    if (options.transitionLabels !== true) continue;
    for (const label of category.previousLabels ?? []) previous[label] = preference;
  }
  return { ...result, ...previous };
}

function disallowed(value: CategoryChoice): CategoryPreference {
  if (!value.signal) return { preference: 'disallowed' };
  // A superseded version keeps its own text and URL; the version in force goes unstated.
  const current = signalByToken(value.signal)?.version;
  const version = value.signalVersion !== undefined && value.signalVersion !== current ? value.signalVersion : undefined;
  return { preference: 'disallowed', exception: value.signal, ...(version === undefined ? {} : { exceptionVersion: version }) };
}
