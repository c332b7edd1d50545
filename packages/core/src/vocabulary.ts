import vocabulary08Data from '../data/vocabulary-08.json' with { type: 'json' };
import vocabularyData from '../data/vocabulary.json' with { type: 'json' };
import { invalidValue } from './errors.js';

/** One usage category of the IETF AI Preferences vocabulary. */
export interface Category {
  /** Stable identifier stored in intents; never changes when the label does. */
  readonly id: string;
  /** The key used on the wire (`train-ai`). */
  readonly label: string;
  readonly title: string;
  readonly description: string;
  /**
   * Labels this category had in earlier vocabulary versions. In transition
   * mode (`transitionLabels`) writers state the preference under these too,
   * while readers migrate.
   */
  readonly previousLabels?: readonly string[];
  /**
   * Ids of categories this one overrides (-08 § 4.3: Search overrides any
   * usage that also falls into AI Training or AI Use). Readers report it
   * (`ReadResult.overrides`); it changes no category's own preference.
   */
  readonly overrides?: readonly string[];
}

/**
 * A label of an earlier draft that readers still meet. `scope` says how it
 * relates to the current categories it lists: `broader` and `same` carry their
 * preference over; `narrower` carries only a disallow (a reader errs towards
 * restriction); `unmapped` is reported but maps to no current category.
 */
export interface LegacyLabel {
  readonly label: string;
  readonly drafts: readonly string[];
  readonly title: string;
  readonly scope: 'broader' | 'same' | 'narrower' | 'unmapped';
  readonly categories: readonly string[];
}

/** A version of the vocabulary, as shipped in `data/vocabulary*.json`. */
export interface Vocabulary {
  /** Stable id of the draft it follows (`draft-ietf-aipref-vocab-07`): what settings store. */
  readonly id?: string;
  /** Version of the data file; bumped on every change. */
  readonly version: string;
  readonly source: string;
  readonly sourceUrl: string;
  readonly categories: readonly Category[];
  readonly legacyLabels: readonly LegacyLabel[];
  /** `working-draft` for a draft published without the working group's consensus (-08). */
  readonly status?: string;
  /** Where the data came from and what to know before selecting it. */
  readonly note?: string;
}

/** The vocabulary in force in this release of the package: the default (draft -07). */
export const currentVocabulary: Vocabulary = vocabularyData as Vocabulary;

/** The id of {@link currentVocabulary}, the default of `EmitOptions.vocabulary`. */
export const DEFAULT_VOCABULARY_ID: string = currentVocabulary.id ?? currentVocabulary.source;

/**
 * Every vocabulary version this package ships, the default first: draft -07
 * and draft -08 (a working draft without the group's consensus).
 */
export const vocabularies: readonly Vocabulary[] = [currentVocabulary, vocabulary08Data as Vocabulary];

/** The ids of {@link vocabularies}, the allowed values of `EmitOptions.vocabulary`. */
// Pure, so that bundles that never read it (the WordPress editor script) leave -08's data out.
export const vocabularyIds: readonly string[] = /* @__PURE__ */ vocabularies.map((vocabulary) => vocabulary.id ?? vocabulary.source);

/** The shipped vocabulary with this id (`draft-ietf-aipref-vocab-08`), if any. */
export function vocabularyById(id: string): Vocabulary | undefined {
  return vocabularies.find((vocabulary) => (vocabulary.id ?? vocabulary.source) === id);
}

/**
 * The vocabulary an option names: a shipped id, a {@link Vocabulary} object
 * (a test's, or a later draft's), or the default when undefined. Throws a
 * ValidationError naming `field` and the shipped ids for an unknown id.
 */
export function resolveVocabulary(value: string | Vocabulary | undefined, field = 'vocabulary'): Vocabulary {
  if (value === undefined) return currentVocabulary;
  // Untrusted settings may hold anything: only a string is looked up, only an object with categories is a vocabulary.
  const input: unknown = value;
  if (typeof input === 'object' && input !== null && Array.isArray((input as Vocabulary).categories)) return input as Vocabulary;
  const found = typeof input === 'string' ? vocabularyById(input) : undefined;
  return found ?? invalidValue(field, value, vocabularyIds);
}

/** The category with this stable id, if the vocabulary has one. */
export function categoryById(id: string, vocabulary = currentVocabulary): Category | undefined {
  return vocabulary.categories.find((category) => category.id === id);
}

/** The category serialized under this wire label, if any. */
export function categoryByLabel(label: string, vocabulary = currentVocabulary): Category | undefined {
  return vocabulary.categories.find((category) => category.label === label);
}

/** The earlier-draft label entry for a wire label, if any. */
export function legacyLabel(label: string, vocabulary = currentVocabulary): LegacyLabel | undefined {
  return vocabulary.legacyLabels.find((entry) => entry.label === label);
}
