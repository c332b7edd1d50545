import { isSignalToken, stricterSignal } from './signals.js';

/** A usage preference, as the IETF vocabulary defines it. */
export type Preference = 'allowed' | 'disallowed' | 'unknown';

/**
 * The preference for one usage category. `exception` is the CC signal whose
 * conditions lift a disallow (`train-ai=n;exceptions=cc-cr`); it is only ever
 * set on a disallow. A reader keeps an unknown `exceptions` token verbatim.
 */
export interface CategoryPreference {
  readonly preference: Preference;
  readonly exception?: string;
  /**
   * The version of the CC signal in `exception`, set only by
   * `intentToPreferences` when a stored choice names a version other than
   * the one in force (its text and URL stay those of that version). The
   * wire formats carry the token only.
   */
  readonly exceptionVersion?: string;
}

/**
 * A statement of preferences: one entry per usage category, keyed by the
 * category's wire label (`train-ai`). A missing key means `unknown`.
 */
export type Preferences = Readonly<Record<string, CategoryPreference>>;

/** The preference for a category, `unknown` when the statement is silent. */
export function preferenceOf(preferences: Preferences, label: string): CategoryPreference {
  return preferences[label] ?? { preference: 'unknown' };
}

/**
 * Combines two preferences for the same category, most restrictive first:
 * any disallow wins, else any allow, else unknown. Two disallows keep the
 * exception only when one signal's conditions contain the other's; a plain
 * disallow beats a disallow with an exception.
 */
export function combinePreference(a: CategoryPreference, b: CategoryPreference): CategoryPreference {
  if (a.preference === 'disallowed' && b.preference === 'disallowed') {
    return { preference: 'disallowed', ...combinedException(a.exception, b.exception) };
  }
  if (a.preference === 'disallowed') return a;
  if (b.preference === 'disallowed') return b;
  if (a.preference === 'allowed' || b.preference === 'allowed') return { preference: 'allowed' };
  return { preference: 'unknown' };
}

function combinedException(a?: string, b?: string): { exception?: string } {
  if (a === undefined || b === undefined) return {};
  if (a === b) return { exception: a };
  if (!isSignalToken(a) || !isSignalToken(b)) return {};
  const stricter = stricterSignal(a, b);
  return stricter === undefined ? {} : { exception: stricter };
}

/**
 * Combines several statements per category, as the vocabulary draft says:
 * any disallow wins, else any allow, else unknown.
 */
export function combinePreferences(...statements: readonly Preferences[]): Preferences {
  const result: Record<string, CategoryPreference> = {};
  for (const statement of statements) {
    for (const [label, value] of Object.entries(statement)) {
      const combined = combinePreference(result[label] ?? { preference: 'unknown' }, value);
      result[label] = combined;
    }
  }
  return withoutUnknown(result);
}

/** Drops `unknown` entries, which carry no information. */
export function withoutUnknown(preferences: Preferences): Preferences {
  return Object.fromEntries(
    Object.entries(preferences).filter(([, value]) => value.preference !== 'unknown'),
  );
}
