import { currentVocabulary, preferenceOf, vocabularyById, vocabularyIds, type Preferences, type Vocabulary } from '@cc-signals/core';
import { UsageError } from './io.js';

/** The JSON shape the CLI prints for preferences: one key per current category. */
export type CliPreferences = Record<string, { preference: string; exception?: string }>;

/** The vocabulary `--vocabulary` names; the default (-07) without it. */
export function vocabularyOption(value: string | undefined): Vocabulary {
  if (value === undefined) return currentVocabulary;
  const found = vocabularyById(value);
  if (found) return found;
  throw new UsageError(`--vocabulary: "${value}" is not allowed; expected one of ${vocabularyIds.map((id) => `"${id}"`).join(', ')}`);
}

/** Preferences with every category of the vocabulary (the default one unless given) present. */
export function toCliPreferences(preferences: Preferences, vocabulary: Vocabulary = currentVocabulary): CliPreferences {
  const result: CliPreferences = {};
  for (const category of vocabulary.categories) {
    const value = preferenceOf(preferences, category.label);
    result[category.label] = {
      preference: value.preference,
      ...(value.exception === undefined ? {} : { exception: value.exception }),
    };
  }
  return result;
}

/** Pretty JSON with a trailing newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
