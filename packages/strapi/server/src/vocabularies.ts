import { DEFAULT_VOCABULARY_ID, vocabularyIds as coreVocabularyIds } from '@cc-signals/core';

/** The vocabulary draft core writes by default (`draft-ietf-aipref-vocab-07`). */
export const DEFAULT_VOCABULARY = DEFAULT_VOCABULARY_ID;

/**
 * The vocabulary ids an admin may choose: those core ships, so that a core
 * release with another draft needs no plugin change.
 */
export function vocabularyIds(): readonly string[] {
  return coreVocabularyIds;
}
