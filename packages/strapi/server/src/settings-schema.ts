import { ValidationError, absoluteUrl, type Vocabulary } from '@cc-signals/core';
import { fieldInput, type StoredIntent } from './field-value';
import { DEFAULT_VOCABULARY, vocabularyIds, vocabularyOf } from './vocabularies';

/** Which attributes of a content type a feed reads. */
export interface FeedMapping {
  readonly title: string;
  readonly date: string;
  readonly summary?: string;
}

/** The admin's choices for one content type. */
export interface ContentTypeSettings {
  readonly default: StoredIntent | null;
  readonly feed?: FeedMapping;
}

/** Which outputs the plugin emits besides the per-entry data. */
export interface Outputs {
  readonly headers: boolean;
  readonly robots: boolean;
  readonly feeds: boolean;
  readonly contentSignal: boolean;
  readonly tdmrep: boolean;
  readonly noai: boolean;
  /** Write an allowed `train-ai` as Content-Signal/RSL `ai-train` (wider: any AI model). Core's `EmitOptions.anyAiTraining`. */
  readonly anyAiTraining: boolean;
  readonly rslLicenseUrl?: string;
  /** Absolute URL of the content's licence, linked with `rel="license"` (core's `EmitOptions.contentLicenseUrl`). */
  readonly contentLicenseUrl?: string;
  /** After a relabel, also write each category's previous labels (core's `EmitOptions.transitionLabels`). */
  readonly transitionLabels: boolean;
  /** The id of the vocabulary draft the outputs are written in (core's `EmitOptions.vocabulary`). */
  readonly vocabulary: string;
}

/** The plugin settings, stored in the plugin store under `settings`. */
export interface Settings {
  readonly siteDefault: StoredIntent | null;
  readonly contentTypes: Readonly<Record<string, ContentTypeSettings>>;
  readonly outputs: Outputs;
}

/** What the validation knows of a content type: its attribute names. */
export type ContentTypeAttributes = ReadonlyMap<string, readonly string[]>;

export const defaultOutputs: Outputs = {
  headers: true,
  robots: true,
  feeds: true,
  contentSignal: false,
  tdmrep: false,
  noai: false,
  anyAiTraining: false,
  transitionLabels: false,
  vocabulary: DEFAULT_VOCABULARY,
};

/** Settings before the admin saved any: nothing stated, the IETF outputs on. */
export const defaultSettings: Settings = { siteDefault: null, contentTypes: {}, outputs: defaultOutputs };

const OUTPUT_FLAGS = ['headers', 'robots', 'feeds', 'contentSignal', 'tdmrep', 'noai', 'anyAiTraining', 'transitionLabels'] as const;
const OUTPUT_URLS = ['rslLicenseUrl', 'contentLicenseUrl'] as const;

/**
 * Validates settings sent by an admin (a partial update is merged over
 * `current`). Throws core's ValidationError naming the field and the allowed
 * values: `contentTypes.api::article.article.feed.date`.
 */
export function validateSettings(input: unknown, current: Settings, types: ContentTypeAttributes): Settings {
  const body = record(input, 'settings');
  const outputs = 'outputs' in body ? validateOutputs(body.outputs, current.outputs) : current.outputs;
  // Defaults may choose the categories of the vocabulary these settings select (a kept retired one only unchanged).
  const vocabulary = vocabularyOf(outputs.vocabulary);
  const siteDefault =
    'siteDefault' in body ? fieldInput('siteDefault', body.siteDefault, { vocabulary, kept: current.siteDefault }) : current.siteDefault;
  const contentTypes =
    'contentTypes' in body ? validateContentTypes(body.contentTypes, types, vocabulary, current.contentTypes) : current.contentTypes;
  return { siteDefault, contentTypes, outputs };
}

/** Reads stored settings; a missing or damaged part falls back to its default. */
export function readStoredSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return defaultSettings;
  const stored = value as Partial<Settings>;
  return {
    siteDefault: stored.siteDefault ?? null,
    contentTypes: stored.contentTypes ?? {},
    outputs: { ...defaultOutputs, ...stored.outputs },
  };
}

function validateContentTypes(
  input: unknown,
  types: ContentTypeAttributes,
  vocabulary: Vocabulary,
  current: Settings['contentTypes'],
): Record<string, ContentTypeSettings> {
  const result: Record<string, ContentTypeSettings> = {};
  for (const [uid, value] of Object.entries(record(input, 'contentTypes'))) {
    const attributes = types.get(uid);
    if (!attributes) notAllowed('contentTypes', uid, [...types.keys()]);
    const field = `contentTypes.${uid}`;
    const entry = record(value, field);
    const feed = entry.feed === undefined || entry.feed === null ? undefined : validateFeed(entry.feed, `${field}.feed`, attributes);
    const own = fieldInput(`${field}.default`, entry.default, { vocabulary, kept: current[uid]?.default });
    result[uid] = { default: own, ...(feed ? { feed } : {}) };
  }
  return result;
}

function validateFeed(input: unknown, field: string, attributes: readonly string[]): FeedMapping {
  const feed = record(input, field);
  const attribute = (name: string, required: boolean): string | undefined => {
    const value = feed[name];
    if (!required && (value === undefined || value === null || value === '')) return undefined;
    if (typeof value !== 'string' || !attributes.includes(value)) notAllowed(`${field}.${name}`, value ?? null, attributes);
    return value;
  };
  const summary = attribute('summary', false);
  return { title: attribute('title', true) ?? '', date: attribute('date', true) ?? '', ...(summary ? { summary } : {}) };
}

function validateOutputs(input: unknown, current: Outputs): Outputs {
  const body = record(input, 'outputs');
  const result: Record<string, unknown> = { ...current };
  for (const [name, value] of Object.entries(body)) {
    const field = `outputs.${name}`;
    if ((OUTPUT_URLS as readonly string[]).includes(name)) {
      if (value === null || value === '') result[name] = undefined;
      else if (typeof value !== 'string') notAllowed(field, value, ['an absolute http(s) URL', 'null']);
      else result[name] = absoluteUrl(value, field);
    } else if ((OUTPUT_FLAGS as readonly string[]).includes(name)) {
      if (typeof value !== 'boolean') notAllowed(field, value, ['true', 'false']);
      result[name] = value;
    } else if (name === 'vocabulary') {
      const ids = vocabularyIds();
      if (typeof value !== 'string' || !ids.includes(value)) notAllowed(field, value, ids);
      result[name] = value;
    } else {
      notAllowed('outputs', name, [...OUTPUT_FLAGS, ...OUTPUT_URLS, 'vocabulary']);
    }
  }
  // A cleared URL is left out rather than stored as undefined.
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined)) as unknown as Outputs;
}

function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(`${field}: expected an object`, { field });
  }
  return value as Record<string, unknown>;
}

/** A 400-worthy error naming the field, the value and the allowed values. */
function notAllowed(field: string, value: unknown, allowed: readonly string[]): never {
  throw new ValidationError(`${field}: ${JSON.stringify(value ?? null)} is not allowed; expected one of ${allowed.join(', ')}`, {
    field,
    allowed,
  });
}
