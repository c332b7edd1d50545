import { parseDictionary, serializeDictionary, Token, type Dictionary, type Item } from 'structured-headers';
import { patterns } from './bindings.js';
import { scanContentUsage } from './content-usage-scan.js';
import { ValidationError } from './errors.js';
import { combinePreferences, type CategoryPreference, type Preferences } from './preferences.js';
import { categoryById, currentVocabulary, type LegacyLabel, type Vocabulary } from './vocabulary.js';

/** The name of the HTTP field (and robots.txt rule) that carries AI preferences. */
export const CONTENT_USAGE = 'Content-Usage';

const KEY = new RegExp(patterns.key);
const TOKEN = new RegExp(patterns.token);

/**
 * An earlier draft's label met while reading, and what it would mean for the
 * categories of the vocabulary. The current draft says unknown labels MUST be
 * ignored, so by default nothing of it reaches `preferences`; with
 * `legacy: 'restrictive'` its disallows may fill categories the current
 * labels leave unknown (`applied`).
 */
export interface LegacyLabelReading {
  readonly label: string;
  /** The drafts that defined the label (`-03`). */
  readonly drafts: readonly string[];
  readonly scope: LegacyLabel['scope'];
  /** The value as written. */
  readonly value: CategoryPreference;
  /** What an earlier-draft reader would take it to say, keyed by the current labels. */
  readonly wouldMean: Preferences;
  /** What it added to `preferences` (only with `legacy: 'restrictive'`; disallows only). */
  readonly applied: Preferences;
}

/** The result of reading a `Content-Usage` value. */
export interface ParsedContentUsage {
  /**
   * Preferences for the categories of the vocabulary, keyed by label, from
   * the current labels only (draft-ietf-aipref-vocab: unknown labels MUST be
   * ignored), plus the disallows of earlier drafts' labels when read with
   * `legacy: 'restrictive'`.
   */
  readonly preferences: Preferences;
  /** Every member whose value was the token `y` or `n`, as written (any label). */
  readonly entries: Preferences;
  /** Labels of earlier drafts met, in the order written, for diagnostics. */
  readonly legacy: readonly LegacyLabelReading[];
  /** Set when the value is not a valid dictionary: every category is then unknown. */
  readonly error?: ValidationError;
}

/**
 * How a reader treats labels of earlier drafts. `ignore` (the default)
 * follows the draft to the letter; `restrictive` is this project's opt-in:
 * an earlier label's disallow applies to the categories it covers where the
 * current labels say nothing, and its allows never apply.
 */
export type LegacyReading = 'ignore' | 'restrictive';

/** Options of {@link parseContentUsage}. */
export interface ContentUsageReadOptions {
  readonly legacy?: LegacyReading;
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
 * unknown. Labels of earlier drafts are unknown labels: they are reported in
 * `legacy` and change `preferences` only with `legacy: 'restrictive'`.
 * Several field lines may be passed as an array; they are joined with commas
 * as HTTP does. Never throws.
 */
export function parseContentUsage(
  value: string | readonly string[],
  vocabulary: Vocabulary = currentVocabulary,
  options: ContentUsageReadOptions = {},
): ParsedContentUsage {
  const input = typeof value === 'string' ? value : value.join(', ');
  // The usual shape (y/n tokens, token parameters) is read directly; anything else goes through the full parser.
  let entries = scanContentUsage(input);
  if (entries === undefined) {
    try {
      entries = readEntries(parseDictionary(input));
    } catch (error) {
      return { preferences: {}, entries: {}, legacy: [], error: toValidationError(error) };
    }
  }
  const index = indexOf(vocabulary);
  let others = false;
  for (const label in entries) if (!index.labels.has(label)) others = true;
  // Usually every label is current: the entries are then the preferences, with no copy.
  if (!others) return { preferences: entries, entries, legacy: NONE };
  const current = applyVocabulary(entries, vocabulary);
  if (index.legacy.size === 0) return { preferences: current, entries, legacy: NONE };
  const mode = options.legacy ?? 'ignore';
  // Read to the letter, earlier labels change nothing: their diagnostics are worked out only if asked for.
  if (mode === 'ignore') return new StrictReading(current, entries, vocabulary);
  const legacy = legacyReadings(entries, current, vocabulary, mode);
  if (legacy.length === 0) return { preferences: current, entries, legacy };
  const applied = combinePreferences(current, ...legacy.map((reading) => reading.applied));
  return { preferences: applied, entries, legacy };
}

/** A strict reading whose `legacy` diagnostics are computed on first access. */
class StrictReading implements ParsedContentUsage {
  private diagnostics: readonly LegacyLabelReading[] | undefined;

  constructor(
    readonly preferences: Preferences,
    readonly entries: Preferences,
    private readonly vocabulary: Vocabulary,
  ) {}

  get legacy(): readonly LegacyLabelReading[] {
    this.diagnostics ??= legacyReadings(this.entries, this.preferences, this.vocabulary, 'ignore');
    return this.diagnostics;
  }
}

interface VocabularyIndex {
  readonly labels: ReadonlySet<string>;
  readonly legacy: ReadonlyMap<string, LegacyLabel>;
}

const indexes = new WeakMap<Vocabulary, VocabularyIndex>();
let lastVocabulary: Vocabulary | undefined;
let lastIndex: VocabularyIndex | undefined;
const NONE: readonly LegacyLabelReading[] = Object.freeze([]);

/** Labels and legacy labels of a vocabulary, looked up once per vocabulary object. */
function indexOf(vocabulary: Vocabulary): VocabularyIndex {
  if (vocabulary === lastVocabulary && lastIndex !== undefined) return lastIndex;
  let index = indexes.get(vocabulary);
  if (index === undefined) {
    index = {
      labels: new Set(vocabulary.categories.map((category) => category.label)),
      legacy: new Map(vocabulary.legacyLabels.map((entry) => [entry.label, entry])),
    };
    indexes.set(vocabulary, index);
  }
  lastVocabulary = vocabulary;
  lastIndex = index;
  return index;
}

function readEntries(dictionary: Dictionary): Preferences {
  const entries: Record<string, CategoryPreference> = {};
  // forEach rather than for…of: no iterator results to allocate on this hot path.
  dictionary.forEach((member, key) => {
    const bare = member[0];
    if (!(bare instanceof Token)) return;
    const token = bare.toString();
    if (token === 'y') entries[key] = ALLOWED;
    else if (token === 'n') {
      const exception = member[1].get('exceptions');
      entries[key] = exception instanceof Token ? { preference: 'disallowed', exception: exception.toString() } : DISALLOWED;
    }
  });
  return entries;
}

const ALLOWED: CategoryPreference = Object.freeze({ preference: 'allowed' });
const DISALLOWED: CategoryPreference = Object.freeze({ preference: 'disallowed' });

/**
 * Maps wire entries onto the vocabulary's categories: each category takes
 * the entry under its own label; other labels are ignored.
 */
export function applyVocabulary(entries: Preferences, vocabulary: Vocabulary = currentVocabulary): Preferences {
  const result: Record<string, CategoryPreference> = {};
  for (const category of vocabulary.categories) {
    const own = entries[category.label];
    if (own !== undefined && own.preference !== 'unknown') result[category.label] = own;
  }
  return result;
}

function legacyReadings(
  entries: Preferences,
  current: Preferences,
  vocabulary: Vocabulary,
  mode: LegacyReading,
): LegacyLabelReading[] {
  const readings: LegacyLabelReading[] = [];
  for (const [label, value] of Object.entries(entries)) {
    const legacy = indexOf(vocabulary).legacy.get(label);
    if (legacy === undefined || indexOf(vocabulary).labels.has(label)) continue;
    const wouldMean: Record<string, CategoryPreference> = {};
    const applied: Record<string, CategoryPreference> = {};
    for (const id of legacy.categories) {
      const target = categoryById(id, vocabulary)?.label;
      if (target === undefined) continue;
      // A narrower label's allow says nothing about the whole category; its disallow errs towards restriction.
      if (legacy.scope !== 'narrower' || value.preference === 'disallowed') wouldMean[target] = value;
      if (mode === 'restrictive' && value.preference === 'disallowed' && current[target] === undefined) {
        applied[target] = value;
      }
    }
    readings.push({ label, drafts: legacy.drafts, scope: legacy.scope, value, wouldMean, applied });
  }
  return readings;
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
