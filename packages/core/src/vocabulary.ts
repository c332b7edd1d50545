import vocabularyData from '../data/vocabulary.json' with { type: 'json' };

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

/** A version of the vocabulary, as shipped in `data/vocabulary.json`. */
export interface Vocabulary {
  readonly version: string;
  readonly source: string;
  readonly sourceUrl: string;
  readonly categories: readonly Category[];
  readonly legacyLabels: readonly LegacyLabel[];
}

/** The vocabulary in force in this release of the package. */
export const currentVocabulary: Vocabulary = vocabularyData as Vocabulary;

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
