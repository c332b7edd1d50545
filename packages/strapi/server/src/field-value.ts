import {
  ValidationError,
  presetById,
  presets,
  readStoredIntent,
  serializeIntent,
  validateIntent,
  type Intent,
} from '@cc-signals/core';

/** The JSON object stored in a signal field: core's intent, canonical (inherit choices dropped). */
export type StoredIntent = { categories: Record<string, unknown> };

const PRESET_IDS = presets.map((preset) => preset.id);

/**
 * Reads what a client sent for a signal field (REST body, document service,
 * admin form): an intent object, its JSON string, a preset id, or null for
 * "inherit". Returns the value to store, or throws core's ValidationError
 * naming `field` and the allowed values.
 */
export function fieldInput(field: string, value: unknown): StoredIntent | null {
  if (value === null || value === undefined) return null;
  try {
    return stored(validateIntent(typeof value === 'string' ? fromString(value) : value));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const inner = error.field === '' ? field : `${field}.${error.field}`;
    const message = error.message.startsWith(`${error.field}:`) ? `${field}.${error.message}` : `${field}: ${error.message}`;
    throw new ValidationError(message, { field: inner, ...(error.allowed ? { allowed: error.allowed } : {}) });
  }
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
 * plugins) disallows every category. Empty values read as "inherit"
 * (undefined).
 */
export function storedIntent(value: unknown): Intent | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const { intent } = readStoredIntent(value);
  return Object.keys(intent.categories).length === 0 ? undefined : intent;
}
