import { bindings, fillTemplate, statedBindings } from './bindings.js';
import { combinePreference, type CategoryPreference, type Preferences } from './preferences.js';
import { signalByToken } from './signals.js';
import { categoryById, currentVocabulary, resolveVocabulary, type Vocabulary } from './vocabulary.js';

/** The robots.txt field of the Cloudflare Content Signals Policy (contentsignals.org). */
export const CONTENT_SIGNAL = 'Content-Signal';

/**
 * Robots.txt comment lines that precede the first `Content-Signal` line: a
 * summary of the Content Signals Policy, labelled as one, with its URL
 * (`data/bindings.json`).
 */
export const CONTENT_SIGNAL_POLICY_COMMENT: readonly string[] = bindings.contentSignal.policyComment;

/** Options of {@link serializeContentSignal}. */
export interface ContentSignalOptions {
  /** A vocabulary or the id of a shipped one (see `EmitOptions.vocabulary`). */
  readonly vocabulary?: string | Vocabulary;
  /** See `EmitOptions.anyAiTraining`: write an allowed `train-ai` as `ai-train=yes`. Default false. */
  readonly anyAiTraining?: boolean;
}

function readOptions(options: Vocabulary | ContentSignalOptions | undefined): ContentSignalOptions {
  if (options === undefined) return {};
  return 'categories' in options ? { vocabulary: options } : options;
}

/**
 * Serializes preferences as a Cloudflare `Content-Signal` value,
 * `search=yes, ai-train=no`.
 *
 * Mapping (`data/bindings.json`, by category id): `search` → `search`,
 * `train-ai` → `ai-train`; `allowed` → `yes`, `disallowed` → `no`; `unknown`
 * and other categories are left out. Cloudflare's `ai-train` covers training
 * of any AI model, wider than the IETF category, so an allowed `train-ai` is
 * written `ai-train=yes` only with `anyAiTraining`; without it, nothing is
 * said about training. A CC signal exception cannot be expressed: a disallow
 * with an exception is written `no`; {@link contentSignalExceptionComment}
 * gives the comment that says so. The second argument may be a vocabulary
 * (as before) or options. Returns '' when there is nothing to say.
 */
export function serializeContentSignal(
  preferences: Preferences,
  options?: Vocabulary | ContentSignalOptions,
): string {
  const { vocabulary, anyAiTraining = false } = readOptions(options);
  return statedBindings(bindings.contentSignal.categories, preferences, resolveVocabulary(vocabulary), anyAiTraining)
    .map(([binding, value]) => `${binding.signal}=${value.preference === 'allowed' ? 'yes' : 'no'}`)
    .join(', ');
}

/**
 * robots.txt comment lines explaining each `no` of
 * {@link serializeContentSignal} that stands for a disallow with a CC signal
 * exception, which Content-Signal cannot carry. Empty when there is none.
 */
export function contentSignalExceptionComment(
  preferences: Preferences,
  vocabulary: Vocabulary = currentVocabulary,
): string[] {
  const lines: string[] = [];
  for (const binding of bindings.contentSignal.categories) {
    const category = categoryById(binding.category, vocabulary);
    const value = category ? preferences[category.label] : undefined;
    if (!category || value?.preference !== 'disallowed' || value.exception === undefined) continue;
    const title = signalByToken(value.exception)?.title ?? bindings.contentSignal.unknownSignalTitle;
    const values = { signal: binding.signal, category: category.title, title, token: value.exception };
    lines.push(...bindings.contentSignal.exceptionComment.map((line) => fillTemplate(line, values)));
  }
  return lines;
}

/**
 * Parses a `Content-Signal` value (`search=yes, ai-train=no`) into
 * preferences keyed by IETF labels: `search` → `search`, `ai-train` →
 * `train-ai`; `yes` → allowed, `no` → disallowed. Names and values are
 * compared case-insensitively; `ai-input`, unknown names (such as
 * Cloudflare's `use=`) and values other than yes/no are ignored. A name given
 * twice keeps the most restrictive value. Never throws.
 */
export function parseContentSignal(value: string, vocabulary: Vocabulary = currentVocabulary): Preferences {
  const result: Record<string, CategoryPreference> = {};
  for (const member of value.split(',')) {
    const equals = member.indexOf('=');
    if (equals === -1) continue;
    const name = member.slice(0, equals).trim().toLowerCase();
    const answer = member
      .slice(equals + 1)
      .trim()
      .toLowerCase();
    const categoryId = bindings.contentSignal.categories.find((binding) => binding.signal === name)?.category;
    const label = categoryId === undefined ? undefined : categoryById(categoryId, vocabulary)?.label;
    if (label === undefined || (answer !== 'yes' && answer !== 'no')) continue;
    const read: CategoryPreference = { preference: answer === 'yes' ? 'allowed' : 'disallowed' };
    result[label] = combinePreference(result[label] ?? { preference: 'unknown' }, read);
  }
  return result;
}
