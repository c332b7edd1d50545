import { ValidationError, invalidValue } from './errors.js';
import type { CategoryPreference, Preferences } from './preferences.js';
import { signalByToken, signalTokens, type SignalToken } from './signals.js';
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

const CATEGORY_ID = /^[a-z][a-z0-9_.*-]*$/;

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

/**
 * Reads an intent that was stored earlier. Unlike {@link validateIntent}, it
 * keeps category ids the current vocabulary does not know, so stored choices
 * survive vocabulary updates; values must still be well-formed.
 */
export function parseStoredIntent(stored: unknown): Intent {
  const input: unknown = typeof stored === 'string' ? parseJson(stored) : stored;
  const categories = readCategories(input);
  const result: Record<string, CategoryChoice> = {};
  for (const [id, value] of Object.entries(categories)) {
    if (!CATEGORY_ID.test(id)) {
      throw new ValidationError(`categories: "${id}" is not a category id`, { field: 'categories' });
    }
    result[id] = validateCategoryChoice(value, `categories.${id}`);
  }
  return { categories: result };
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
  if (version !== signal.version) invalidValue(`${field}.signalVersion`, version, [signal.version]);
  return { choice: 'disallow', signal: signal.token, signalVersion: signal.version };
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

/**
 * The wire-level preferences of a resolved intent, keyed by the labels of
 * `vocabulary`. Ids the vocabulary does not know are left out.
 */
export function intentToPreferences(intent: Intent, vocabulary: Vocabulary = currentVocabulary): Preferences {
  const result: Record<string, CategoryPreference> = {};
  for (const category of vocabulary.categories) {
    const value = intent.categories[category.id];
    if (!value || value.choice === 'inherit') continue;
    if (value.choice === 'allow') result[category.label] = { preference: 'allowed' };
    else result[category.label] = { preference: 'disallowed', ...(value.signal ? { exception: value.signal } : {}) };
  }
  return result;
}
