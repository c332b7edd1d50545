import {
  ValidationError,
  categoryById,
  currentVocabulary,
  presetById,
  presets,
  readStoredIntent,
  serializeIntent,
  validateIntent,
  type CategoryChoice,
  type Intent,
  type Vocabulary,
} from '@cc-signals/core';

/** The JSON object stored in a signal field: core's intent, canonical (inherit choices dropped). */
export type StoredIntent = { categories: Record<string, unknown> };

const PRESET_IDS = presets.map((preset) => preset.id);

/** What a write is checked against. */
export interface FieldContext {
  /** The site's vocabulary (`outputs.vocabulary`): its categories may be chosen. Default: core's default draft. */
  readonly vocabulary?: Vocabulary;
  /**
   * The value stored now. A category the vocabulary lacks (an `ai-use`
   * chosen while the site spoke -08) is accepted only when sent back exactly
   * as stored, so saving an entry after a vocabulary switch keeps it.
   */
  readonly kept?: unknown;
}

/**
 * Reads what a client sent for a signal field (REST body, document service,
 * admin form): an intent object, its JSON string, a preset id, or null for
 * "inherit". Returns the value to store, or throws core's ValidationError
 * naming `field` and the allowed values (for an unknown category, the
 * vocabulary's category ids).
 */
export function fieldInput(field: string, value: unknown, context: FieldContext = {}): StoredIntent | null {
  if (value === null || value === undefined) return null;
  const vocabulary = context.vocabulary ?? currentVocabulary;
  try {
    const { input, kept } = withoutKept(typeof value === 'string' ? fromString(value) : value, vocabulary, context.kept);
    return stored({ categories: { ...validateIntent(input, vocabulary).categories, ...kept } });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const inner = error.field === '' ? field : `${field}.${error.field}`;
    const message = error.message.startsWith(`${error.field}:`) ? `${field}.${error.message}` : `${field}: ${error.message}`;
    throw new ValidationError(message, { field: inner, ...(error.allowed ? { allowed: error.allowed } : {}) });
  }
}

/** Splits off the categories the vocabulary lacks that are sent back unchanged from the stored value. */
function withoutKept(input: unknown, vocabulary: Vocabulary, current: unknown): { input: unknown; kept: Record<string, CategoryChoice> } {
  const storedChoices = storedIntent(current)?.categories ?? {};
  if (!isRecord(input) || !isRecord(input.categories)) return { input, kept: {} };
  const kept: Record<string, CategoryChoice> = {};
  const rest: Record<string, unknown> = {};
  for (const [id, choice] of Object.entries(input.categories)) {
    const storedChoice = storedChoices[id];
    if (!categoryById(id, vocabulary) && storedChoice && canonical(choice) === canonical(storedChoice)) kept[id] = storedChoice;
    else rest[id] = choice;
  }
  return { input: { ...input, categories: rest }, kept };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with sorted keys, to compare a sent choice with the stored one. */
function canonical(value: unknown): string {
  return JSON.stringify(isRecord(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value);
}

function fromString(value: string): unknown {
  const trimmed = value.trim();
  if (trimmed.startsWith('{')) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      throw new ValidationError(`"${value}" is not JSON (allowed: ${PRESET_IDS.join(', ')}, or an intent object)`, {
        field: '',
        allowed: PRESET_IDS,
      });
    }
  }
  const preset = presetById(trimmed);
  if (!preset) {
    throw new ValidationError(`"${value}" is not a preset (allowed: ${PRESET_IDS.join(', ')}, or an intent object)`, {
      field: '',
      allowed: PRESET_IDS,
    });
  }
  return preset.intent;
}

/** The stored form of an intent (what `serializeIntent` writes, as an object). */
export function stored(intent: Intent): StoredIntent {
  return JSON.parse(serializeIntent(intent)) as StoredIntent;
}

/**
 * Reads a value already in the database with core's `readStoredIntent`:
 * never more permissively than it was stored. Valid parts are kept (category
 * ids the vocabulary retired too); a part that cannot be read disallows its
 * category; a value that cannot be read at all (hand-edited rows, older
 * plugins) disallows every category of `vocabulary`. Empty values read as "inherit"
 * (undefined).
 */
export function storedIntent(value: unknown, vocabulary: Vocabulary = currentVocabulary): Intent | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const { intent } = readStoredIntent(value, vocabulary);
  return Object.keys(intent.categories).length === 0 ? undefined : intent;
}
