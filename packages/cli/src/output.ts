import { currentVocabulary, preferenceOf, type Preferences } from '@cc-signals/core';

/** The JSON shape the CLI prints for preferences: one key per current category. */
export type CliPreferences = Record<string, { preference: string; exception?: string }>;

/** Preferences with every category of the current vocabulary present. */
export function toCliPreferences(preferences: Preferences): CliPreferences {
  const result: CliPreferences = {};
  for (const category of currentVocabulary.categories) {
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
