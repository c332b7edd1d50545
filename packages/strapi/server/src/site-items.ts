/**
 * Published entries as core's site items, for robots.txt and tdmrep.json.
 * The locales of a localized entry share one API path (the locale is a query
 * parameter), so they become one item stating the most restrictive of their
 * resolved choices (core's `combineIntents`): a rule for the path never states
 * more than any locale chose.
 */
import { resolveVocabulary, type Intent } from '@cc-signals/core';
import { combineIntents, resolveItem, type Site as CoreSite, type SiteItem } from '@cc-signals/core/site';
import { storedIntent } from './field-value';

/** A published entry (one locale of it) as robots.txt and tdmrep.json see it. */
export interface EntryRule {
  readonly uid: string;
  readonly documentId: string;
  /** The stored field value of this locale (null or absent: it inherits). */
  readonly stored: unknown;
  readonly published?: string;
}

/** The id an entry's item carries, reported back when robots.txt leaves it out. */
export function entryItemId(uid: string, documentId: string): string {
  return `${uid}:${documentId}`;
}

/**
 * One item per entry that makes a choice of its own in at least one locale,
 * at `paths[uid] + documentId`, dated by its newest locale.
 */
export function entryItems(core: CoreSite, paths: Readonly<Record<string, string>>, entries: readonly EntryRule[]): SiteItem[] {
  const groups = new Map<string, EntryRule[]>();
  for (const entry of entries) {
    const id = entryItemId(entry.uid, entry.documentId);
    groups.set(id, [...(groups.get(id) ?? []), entry]);
  }
  const items: SiteItem[] = [];
  const vocabulary = resolveVocabulary(core.options?.vocabulary);
  for (const [id, group] of groups) {
    const own = group.map((entry) => storedIntent(entry.stored, vocabulary));
    const first = group[0];
    if (!first || !own.some((intent) => intent !== undefined)) continue;
    const intent = group.length === 1 ? own[0] : combinedIntent(core, first.uid, own);
    const path = paths[first.uid];
    const published = newest(group.map((entry) => entry.published));
    items.push({
      id,
      section: first.uid,
      ...(intent ? { intent } : {}),
      ...(path ? { path: `${path}${first.documentId}` } : {}),
      ...(published ? { published } : {}),
    });
  }
  return items;
}

/** The locales' resolved intents (a locale without a choice states its defaults), combined most restrictively. */
function combinedIntent(core: CoreSite, uid: string, own: readonly (Intent | undefined)[]): Intent {
  return combineIntents(...own.map((intent) => resolveItem(core, { section: uid, ...(intent ? { intent } : {}) }).intent));
}

function newest(dates: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const date of dates) if (date !== undefined && (best === undefined || Date.parse(date) > Date.parse(best))) best = date;
  return best;
}
