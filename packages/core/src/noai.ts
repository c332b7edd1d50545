import { bindings } from './bindings.js';
import type { CategoryPreference, Preferences } from './preferences.js';
import { categoryById, currentVocabulary, type Vocabulary } from './vocabulary.js';

/** The coarse 2022 opt-out directives, in the order they are written. */
export type NoaiDirective = 'noai' | 'noimageai';

/** The labels, in `vocabulary`, of the categories the `noai` convention speaks for (`data/bindings.json`). */
function noaiLabels(vocabulary: Vocabulary): string[] {
  return bindings.noai.categories.flatMap((id) => categoryById(id, vocabulary)?.label ?? []);
}

/** Directives whose own value contains a colon (`unavailable_after: date`), not a user-agent prefix. */
const VALUE_DIRECTIVES = new Set(['unavailable_after', 'max-snippet', 'max-image-preview', 'max-video-preview']);

/**
 * The `noai` directives for `X-Robots-Tag` or `<meta name="robots">`:
 * `['noai', 'noimageai']` when AI training is disallowed, with or without a
 * CC signal exception (the convention cannot carry the exception, and the
 * plain opt-out is never more permissive than the author's choice), else [].
 */
export function noaiDirectives(preferences: Preferences, vocabulary: Vocabulary = currentVocabulary): NoaiDirective[] {
  const disallowed = noaiLabels(vocabulary).some((label) => preferences[label]?.preference === 'disallowed');
  return disallowed ? ['noai', 'noimageai'] : [];
}

/**
 * The directives of {@link noaiDirectives} as one field or meta value,
 * `noai, noimageai`, or the empty string when there is nothing to say.
 */
export function serializeNoai(preferences: Preferences, vocabulary: Vocabulary = currentVocabulary): string {
  return noaiDirectives(preferences, vocabulary).join(', ');
}

/** What an `X-Robots-Tag` or robots meta value says about AI use. */
export interface ParsedNoai {
  /** The `noai`/`noimageai` directives that apply, lowercase, without duplicates. */
  readonly directives: readonly NoaiDirective[];
  /** For the page itself: `train-ai` disallowed when `noai` applies. */
  readonly preferences: Preferences;
  /** For the images of the page: `train-ai` disallowed when `noai` or `noimageai` applies. */
  readonly imagePreferences: Preferences;
}

/**
 * Reads `noai` and `noimageai` from `X-Robots-Tag` field values or
 * `<meta name="robots">` content (one string per field line). A line may be
 * scoped to one crawler (`otherbot: noai`); such a line applies only when
 * one of the product tokens of `userAgent` is that crawler's name. Case-insensitive; never throws.
 */
export function parseNoai(
  value: string | readonly string[],
  options: { userAgent?: string; vocabulary?: Vocabulary } = {},
): ParsedNoai {
  const lines = typeof value === 'string' ? [value] : value;
  const found = new Set<NoaiDirective>();
  for (const line of lines) {
    for (const directive of directivesOf(line, options.userAgent)) {
      if (directive === 'noai' || directive === 'noimageai') found.add(directive);
    }
  }
  const directives = (['noai', 'noimageai'] as const).filter((directive) => found.has(directive));
  const disallow: CategoryPreference = { preference: 'disallowed' };
  const disallowed: Preferences = Object.fromEntries(
    noaiLabels(options.vocabulary ?? currentVocabulary).map((label) => [label, disallow]),
  );
  return {
    directives,
    // `noimageai` alone speaks for the page's images only, not the page.
    preferences: found.has('noai') ? disallowed : {},
    imagePreferences: found.size > 0 ? disallowed : {},
  };
}

function directivesOf(line: string, userAgent: string | undefined): string[] {
  const scoped = /^\s*([A-Za-z0-9_.-]+)\s*:\s*(.*)$/s.exec(line);
  let rest = line;
  if (scoped && !VALUE_DIRECTIVES.has(scoped[1]?.toLowerCase() ?? '')) {
    if (!agentMatches(scoped[1] ?? '', userAgent)) return [];
    rest = scoped[2] ?? '';
  }
  return rest.split(',').map((part) => (part.split(':')[0] ?? '').trim().toLowerCase());
}

function agentMatches(agent: string, userAgent: string | undefined): boolean {
  if (userAgent === undefined) return false;
  return userAgent.toLowerCase().split(/[^a-z0-9_.-]+/).includes(agent.toLowerCase());
}
