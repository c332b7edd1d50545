import {
  DEFAULT_VOCABULARY_ID,
  currentVocabulary,
  vocabularyById,
  vocabularyIds as coreVocabularyIds,
  type Vocabulary,
} from '@cc-signals/core';

/** The vocabulary draft core writes by default (`draft-ietf-aipref-vocab-07`). */
export const DEFAULT_VOCABULARY = DEFAULT_VOCABULARY_ID;

/**
 * The vocabulary ids an admin may choose: those core ships, so that a core
 * release with another draft needs no plugin change.
 */
export function vocabularyIds(): readonly string[] {
  return coreVocabularyIds;
}

/** The vocabulary of a stored `outputs.vocabulary` id; one core no longer ships falls back to the default. */
export function vocabularyOf(id: string): Vocabulary {
  return vocabularyById(id) ?? currentVocabulary;
}
