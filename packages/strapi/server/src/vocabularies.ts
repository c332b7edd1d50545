import * as core from '@cc-signals/core';

/** The vocabulary draft core writes by default. */
export const DEFAULT_VOCABULARY = core.currentVocabulary.source;

/**
 * The vocabulary ids an admin may choose (`draft-ietf-aipref-vocab-07`, …):
 * those core ships, read from core at run time so that a core release with
 * another draft needs no plugin change. Core versions without a registry
 * offer only the one vocabulary they write.
 */
export function vocabularyIds(): readonly string[] {
  // COORDINATOR HOOK (vocabulary registry, A1): read core's exported list of vocabulary ids here once it is merged.
  const registry = (core as Record<string, unknown>).vocabularyIds ?? (core as Record<string, unknown>).vocabularies;
  return idsOf(registry) ?? [DEFAULT_VOCABULARY];
}

/** Ids from a list of ids, a list of vocabularies (`{ id }` or `{ source }`), or a record keyed by id. */
function idsOf(registry: unknown): string[] | undefined {
  if (typeof registry === 'function') return idsOf((registry as () => unknown)());
  const list = Array.isArray(registry) ? (registry as unknown[]) : undefined;
  if (list) {
    const ids = list.map((entry) => (typeof entry === 'string' ? entry : idOf(entry))).filter((id): id is string => id !== undefined);
    return ids.length > 0 ? ids : undefined;
  }
  if (typeof registry === 'object' && registry !== null) return idsOf(Object.keys(registry));
  return undefined;
}

function idOf(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { id, source } = entry as { id?: unknown; source?: unknown };
  return typeof id === 'string' ? id : typeof source === 'string' ? source : undefined;
}
