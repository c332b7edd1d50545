import type { CategoryPreference, Preferences } from './preferences.js';
import { categoryById, type Vocabulary } from './vocabulary.js';

/**
 * A category whose stated preference overrides others for the uses that fall
 * into both (-08 § 4.3: Search overrides AI Training and AI Use). The reader
 * reports it next to the per-category result, which it leaves as stated: a
 * crawler decides whether its use qualifies as the overriding category.
 */
export interface Override {
  /** The label of the overriding category (`search`). */
  readonly label: string;
  readonly preference: CategoryPreference;
  /** The labels it overrides whose stated preference differs from its own. */
  readonly overrides: readonly string[];
}

/**
 * The overrides the vocabulary defines (a category's `overrides`) that
 * matter for these preferences: the overriding category is stated, and an
 * overridden one is stated differently (`search=y, train-ai=n`: a use that
 * qualifies as Search is allowed although AI Training is not). Empty for a
 * vocabulary without overrides (-07).
 */
export function categoryOverrides(preferences: Preferences, vocabulary: Vocabulary): Override[] {
  const found: Override[] = [];
  for (const category of vocabulary.categories) {
    const preference = preferences[category.label];
    if (!category.overrides || !preference || preference.preference === 'unknown') continue;
    const overrides = category.overrides.flatMap((id) => {
      const label = categoryById(id, vocabulary)?.label;
      const other = label === undefined ? undefined : preferences[label];
      if (label === undefined || !other || other.preference === 'unknown') return [];
      return other.preference === preference.preference && other.exception === preference.exception ? [] : [label];
    });
    if (overrides.length > 0) found.push({ label: category.label, preference, overrides });
  }
  return found;
}
