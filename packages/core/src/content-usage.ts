import { parseDictionary, serializeDictionary, Token, type Dictionary, type Item } from 'structured-headers';
import { ValidationError } from './errors.js';
import {
  combinePreference,
  type CategoryPreference,
  type Preferences,
} from './preferences.js';
import { currentVocabulary, legacyLabel, type Vocabulary } from './vocabulary.js';

/** The name of the HTTP field (and robots.txt rule) that carries AI preferences. */
export const CONTENT_USAGE = 'Content-Usage';

const KEY = /^[a-z*][a-z0-9_.*-]*$/;
const TOKEN = /^[A-Za-z*][!#$%&'*+\-.^_`|~0-9A-Za-z:/]*$/;

/** The result of reading a `Content-Usage` value. */
export interface ParsedContentUsage {
  /**
   * Preferences for the categories of the vocabulary, keyed by label; labels of
   * earlier drafts are applied where the current label is absent.
   */
  readonly preferences: Preferences;
  /** Every member whose value was the token `y` or `n`, as written (any label). */
  readonly entries: Preferences;
  /** Set when the value is not a valid dictionary: every category is then unknown. */
  readonly error?: ValidationError;
}

/**
 * Serializes preferences as a `Content-Usage` field value, an RFC 9651
 * dictionary: `train-ai=n;exceptions=cc-cr, search=y`. Categories of the
 * vocabulary come first, in its order; `unknown` entries are left out.
 * Throws a {@link ValidationError} for a label or exception that is not a
 * valid key or token.
 */
export function serializeContentUsage(
  preferences: Preferences,
  vocabulary: Vocabulary = currentVocabulary,
): string {
  const dictionary: Dictionary = new Map();
  for (const label of orderedLabels(preferences, vocabulary)) {
    const value = preferences[label];
    if (!value || value.preference === 'unknown') continue;
    dictionary.set(label, toItem(label, value));
  }
  return serializeDictionary(dictionary);
}

function orderedLabels(preferences: Preferences, vocabulary: Vocabulary): string[] {
  const known = vocabulary.categories.map((category) => category.label);
  const others = Object.keys(preferences).filter((label) => !known.includes(label));
  return [...known.filter((label) => label in preferences), ...others];
}

function toItem(label: string, value: CategoryPreference): Item {
  if (!KEY.test(label)) {
    throw new ValidationError(`Content-Usage: "${label}" is not a valid category label`, {
      field: 'Content-Usage',
      allowed: ['lowercase key: [a-z*][a-z0-9_.*-]*'],
    });
  }
  const params = new Map<string, Token>();
  if (value.preference === 'disallowed' && value.exception !== undefined) {
    if (!TOKEN.test(value.exception)) {
      throw new ValidationError(`exceptions: "${value.exception}" is not a valid token`, {
        field: 'exceptions',
        allowed: ['token, e.g. cc-cr'],
      });
    }
    params.set('exceptions', new Token(value.exception));
  }
  return [new Token(value.preference === 'allowed' ? 'y' : 'n'), params];
}

/**
 * Parses a `Content-Usage` field value following the vocabulary draft's
 * processing rules: unknown keys and parameters are ignored; a value that is
 * not the token `y` or `n` makes the category unknown; the last of repeated
 * keys wins; a value that does not parse as a dictionary makes every category
 * unknown. Several field lines may be passed as an array; they are joined
 * with commas as HTTP does. Never throws.
 */
export function parseContentUsage(
  value: string | readonly string[],
  vocabulary: Vocabulary = currentVocabulary,
): ParsedContentUsage {
  const input = typeof value === 'string' ? value : value.join(', ');
  let dictionary: Dictionary;
  try {
    dictionary = parseDictionary(input);
  } catch (error) {
    return { preferences: {}, entries: {}, error: toValidationError(error) };
  }
  const entries = readEntries(dictionary);
  return { preferences: applyVocabulary(entries, vocabulary), entries };
}

function readEntries(dictionary: Dictionary): Preferences {
  const entries: Record<string, CategoryPreference> = {};
  for (const [key, member] of dictionary) {
    const [bare, params] = member;
    if (!(bare instanceof Token) || (bare.toString() !== 'y' && bare.toString() !== 'n')) continue;
    if (bare.toString() === 'y') {
      entries[key] = { preference: 'allowed' };
      continue;
    }
    const exception = params.get('exceptions');
    entries[key] = {
      preference: 'disallowed',
      ...(exception instanceof Token ? { exception: exception.toString() } : {}),
    };
  }
  return entries;
}

/**
 * Maps wire entries onto the vocabulary's categories. A category's own label
 * wins; otherwise the labels of earlier drafts that cover it are combined,
 * most restrictive first, and a narrower label only carries a disallow.
 */
export function applyVocabulary(entries: Preferences, vocabulary: Vocabulary = currentVocabulary): Preferences {
  const result: Record<string, CategoryPreference> = {};
  for (const category of vocabulary.categories) {
    const own = entries[category.label];
    const value = own ?? fromLegacyLabels(entries, category.id, vocabulary);
    if (value.preference !== 'unknown') result[category.label] = value;
  }
  return result;
}

function fromLegacyLabels(entries: Preferences, categoryId: string, vocabulary: Vocabulary): CategoryPreference {
  let result: CategoryPreference = { preference: 'unknown' };
  for (const [label, value] of Object.entries(entries)) {
    const legacy = legacyLabel(label, vocabulary);
    if (!legacy?.categories.includes(categoryId)) continue;
    if (legacy.scope === 'narrower' && value.preference !== 'disallowed') continue;
    result = combinePreference(result, value);
  }
  return result;
}

function toValidationError(error: unknown): ValidationError {
  const message = error instanceof Error ? error.message : String(error);
  const offset = /at offset (\d+)/.exec(message)?.[1];
  return new ValidationError(`Content-Usage: ${message}`, {
    field: 'Content-Usage',
    allowed: ['RFC 9651 dictionary of lowercase keys with token values y or n'],
    ...(offset === undefined ? {} : { offset: Number(offset) }),
  });
}
