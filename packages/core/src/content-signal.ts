import { combinePreference, type CategoryPreference, type Preferences } from './preferences.js';
import { signalByToken } from './signals.js';
import { categoryById, currentVocabulary, type Vocabulary } from './vocabulary.js';

/** The robots.txt field of the Cloudflare Content Signals Policy (contentsignals.org). */
export const CONTENT_SIGNAL = 'Content-Signal';

/**
 * The signals that have an IETF category, by category id. `ai-input`
 * (retrieval-augmented generation, grounding) has none in the current
 * vocabulary: it is never written and is ignored when read.
 */
const SIGNAL_BY_CATEGORY: readonly (readonly [categoryId: string, signal: string])[] = [
  ['search', 'search'],
  ['train-ai', 'ai-train'],
];

/**
 * A shortened form of the Content Signals Policy text that Cloudflare asks
 * to precede a `Content-Signal` line, as robots.txt comment lines.
 */
export const CONTENT_SIGNAL_POLICY_COMMENT: readonly string[] = [
  '# Content signals (contentsignals.org): "yes" means you may collect content for that use, "no" means',
  '# you may not; a use not listed is neither granted nor restricted. search: a search index and results',
  '# (links, short excerpts), not AI summaries. ai-input: input to AI models (RAG, grounding).',
  '# ai-train: training or fine-tuning AI models. Restrictions expressed here are express reservations',
  '# of rights under Article 4 of EU Directive 2019/790 (Digital Single Market).',
];

/**
 * Serializes preferences as a Cloudflare `Content-Signal` value,
 * `search=yes, ai-train=no`.
 *
 * Mapping (IETF category → signal): `search` → `search`, `train-ai` →
 * `ai-train`; `allowed` → `yes`, `disallowed` → `no`; `unknown` and other
 * categories are left out. `ai-input` has no IETF category and is never
 * written. A CC signal exception cannot be expressed: a disallow with an
 * exception is written `no`, never more permissive than the author's choice;
 * {@link contentSignalExceptionComment} gives the comment that says so.
 * Returns the empty string when there is nothing to say.
 */
export function serializeContentSignal(
  preferences: Preferences,
  vocabulary: Vocabulary = currentVocabulary,
): string {
  const parts: string[] = [];
  for (const [categoryId, signal] of SIGNAL_BY_CATEGORY) {
    const label = categoryById(categoryId, vocabulary)?.label;
    const value = label === undefined ? undefined : preferences[label];
    if (!value || value.preference === 'unknown') continue;
    parts.push(`${signal}=${value.preference === 'allowed' ? 'yes' : 'no'}`);
  }
  return parts.join(', ');
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
  for (const [categoryId, signal] of SIGNAL_BY_CATEGORY) {
    const category = categoryById(categoryId, vocabulary);
    const value = category ? preferences[category.label] : undefined;
    if (!category || value?.preference !== 'disallowed' || value.exception === undefined) continue;
    const title = signalByToken(value.exception)?.title ?? 'the conditions';
    lines.push(
      `# ${signal}=no: ${category.title} is allowed only under ${title} (${value.exception}),`,
      '# a condition Content-Signal cannot express, so it says no; the Content-Usage form carries it.',
    );
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
export function parseContentSignal(
  value: string,
  vocabulary: Vocabulary = currentVocabulary,
): Preferences {
  const result: Record<string, CategoryPreference> = {};
  for (const member of value.split(',')) {
    const equals = member.indexOf('=');
    if (equals === -1) continue;
    const name = member.slice(0, equals).trim().toLowerCase();
    const answer = member
      .slice(equals + 1)
      .trim()
      .toLowerCase();
    const categoryId = SIGNAL_BY_CATEGORY.find(([, signal]) => signal === name)?.[0];
    const label =
      categoryId === undefined ? undefined : categoryById(categoryId, vocabulary)?.label;
    if (label === undefined || (answer !== 'yes' && answer !== 'no')) continue;
    const read: CategoryPreference = { preference: answer === 'yes' ? 'allowed' : 'disallowed' };
    result[label] = combinePreference(result[label] ?? { preference: 'unknown' }, read);
  }
  return result;
}
