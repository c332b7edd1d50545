import type { CategoryChoice, Intent } from '../intent.js';
import { combinePreference, type CategoryPreference } from '../preferences.js';
import { isSignalToken } from '../signals.js';

/**
 * Combines intents most restrictively, per category id, as the vocabulary
 * draft combines statements ({@link combinePreference}): any disallow wins,
 * else any allow; two disallows keep a CC signal only when one signal's
 * conditions contain the other's (the stricter one, with the version it was
 * chosen with). `inherit` adds nothing, so pass *resolved* intents
 * ({@link resolveItem}) when the inputs inherit from different layers.
 *
 * For one URL that carries several choices, such as the locales of a
 * localized entry sharing one API path: a rule for the path must not state
 * more than any of them.
 */
export function combineIntents(...intents: readonly Intent[]): Intent {
  const categories: Record<string, CategoryChoice> = {};
  for (const intent of intents) {
    for (const [id, value] of Object.entries(intent.categories)) {
      if (value.choice === 'inherit') continue;
      const before = categories[id];
      categories[id] = before === undefined ? value : combineChoice(before, value);
    }
  }
  return { categories };
}

function combineChoice(a: CategoryChoice, b: CategoryChoice): CategoryChoice {
  const combined = combinePreference(preferenceOf(a), preferenceOf(b));
  if (combined.preference === 'allowed') return { choice: 'allow' };
  const signal = combined.exception;
  if (signal === undefined || !isSignalToken(signal)) return { choice: 'disallow' };
  const source = a.signal === signal ? a : b;
  return { choice: 'disallow', signal, ...(source.signalVersion === undefined ? {} : { signalVersion: source.signalVersion }) };
}

function preferenceOf(value: CategoryChoice): CategoryPreference {
  if (value.choice === 'allow') return { preference: 'allowed' };
  return { preference: 'disallowed', ...(value.signal === undefined ? {} : { exception: value.signal }) };
}
