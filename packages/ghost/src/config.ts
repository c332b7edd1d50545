import fs from 'node:fs';
import {
  ValidationError,
  absoluteUrl,
  currentVocabulary,
  emptyIntent,
  presetById,
  presets,
  validateIntent,
  vocabularies,
  vocabularyById,
  vocabularyIds,
  type EmitOptions,
  type Intent,
  type Vocabulary,
} from '@cc-signals/core';

/** Ghost's two content types, as the Admin API names their resources' items. */
export type PostType = 'post' | 'page';

/**
 * The site's defaults, read by the CLI and the proxy alike. Each layer is a
 * core intent; "inherit" (or leaving a key out) defers to the layer above:
 * site default → post type default → tag default → the post's own tag.
 */
export interface GhostSignalsConfig {
  /** The Ghost site's URL (Admin API and public site), when the config names it. */
  readonly url?: string;
  readonly siteDefault: Intent;
  readonly postTypes: Readonly<Record<PostType, Intent>>;
  /** Defaults keyed by a public tag's slug (`news`), for posts carrying that tag. */
  readonly tags: Readonly<Record<string, Intent>>;
  /** Which outputs besides Content-Usage to emit (core's EmitOptions). */
  readonly outputs: EmitOptions;
}

/** The config with nothing chosen: every post inherits, nothing is emitted. */
export const defaultConfig: GhostSignalsConfig = {
  siteDefault: emptyIntent,
  postTypes: { post: emptyIntent, page: emptyIntent },
  tags: {},
  outputs: {},
};

const TOP_KEYS = ['$schema', 'url', 'siteDefault', 'postTypes', 'tags', 'outputs'];
const OUTPUT_FLAGS = ['contentUsage', 'contentSignal', 'tdmrep', 'noai', 'transitionLabels'] as const;
const OUTPUT_URLS = ['tdmPolicyUrl', 'rslLicenseUrl'] as const;
const TAG_SLUG = /^[a-z0-9][a-z0-9-]*$/;
const presetIds = presets.map((preset) => preset.id);

/** Reads and validates a config file; a missing file is an error naming it. */
export function loadConfig(file: string): GhostSignalsConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ValidationError(`config: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {
      field: 'config',
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    throw new ValidationError(`config: ${file} is not valid JSON (${(error as Error).message})`, { field: 'config' });
  }
  return parseConfig(json);
}

/**
 * Validates a config object. Throws a ValidationError naming the field
 * (`postTypes.page`, `tags.news`, `outputs.noai`) and the allowed values.
 */
export function parseConfig(input: unknown): GhostSignalsConfig {
  const object = record(input, 'config');
  for (const key of Object.keys(object)) {
    if (!TOP_KEYS.includes(key)) unknownKey('config', key, TOP_KEYS);
  }
  const postTypes = record(object.postTypes ?? {}, 'postTypes');
  for (const key of Object.keys(postTypes)) {
    if (key !== 'post' && key !== 'page') unknownKey('postTypes', key, ['post', 'page']);
  }
  const emit = outputs(object.outputs);
  const tags: Record<string, Intent> = {};
  for (const [slug, value] of Object.entries(record(object.tags ?? {}, 'tags'))) {
    if (!TAG_SLUG.test(slug)) {
      throw new ValidationError(`tags: "${slug}" is not a tag slug`, { field: 'tags', allowed: ['a tag slug: a-z, 0-9, "-"'] });
    }
    tags[slug] = layer(value, `tags.${slug}`);
  }
  return {
    ...(object.url === undefined ? {} : { url: siteUrl(object.url) }),
    siteDefault: layer(object.siteDefault, 'siteDefault'),
    postTypes: { post: layer(postTypes.post, 'postTypes.post'), page: layer(postTypes.page, 'postTypes.page') },
    tags,
    outputs: emit,
  };
}

/**
 * The categories a config may name: those of every shipped vocabulary, so that
 * an `ai-use` default (draft -08) is kept, not rejected, when `outputs.vocabulary`
 * goes back to -07 (which does not write it).
 */
const storableCategories: Vocabulary = {
  ...currentVocabulary,
  categories: [...new Map(vocabularies.flatMap((vocabulary) => vocabulary.categories).map((category) => [category.id, category])).values()],
};

/** A layer: a preset id, an intent object, or nothing (inherit). */
function layer(value: unknown, field: string): Intent {
  if (value === undefined || value === null) return emptyIntent;
  if (typeof value === 'string') {
    const preset = presetById(value);
    if (!preset) {
      throw new ValidationError(`${field}: "${value}" is not a preset; expected one of ${presetIds.map((id) => `"${id}"`).join(', ')}`, {
        field,
        allowed: presetIds,
      });
    }
    return preset.intent;
  }
  try {
    return validateIntent(value, storableCategories);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(`${field}.${error.message}`, { field: `${field}.${error.field}`, ...(error.allowed ? { allowed: error.allowed } : {}) });
  }
}

function outputs(value: unknown): EmitOptions {
  const object = record(value ?? {}, 'outputs');
  const result: Record<string, boolean | string> = {};
  for (const [key, setting] of Object.entries(object)) {
    if ((OUTPUT_FLAGS as readonly string[]).includes(key)) {
      if (typeof setting !== 'boolean') {
        throw new ValidationError(`outputs.${key}: expected true or false`, { field: `outputs.${key}`, allowed: ['true', 'false'] });
      }
      result[key] = setting;
    } else if ((OUTPUT_URLS as readonly string[]).includes(key)) {
      result[key] = absoluteUrl(String(setting), `outputs.${key}`);
    } else if (key === 'vocabulary') {
      if (typeof setting !== 'string' || !vocabularyById(setting)) {
        throw new ValidationError(`outputs.vocabulary: ${JSON.stringify(setting)} is not allowed; expected one of ${vocabularyIds.map((id) => `"${id}"`).join(', ')}`, {
          field: 'outputs.vocabulary',
          allowed: vocabularyIds,
        });
      }
      result[key] = setting;
    } else {
      unknownKey('outputs', key, [...OUTPUT_FLAGS, ...OUTPUT_URLS, 'vocabulary']);
    }
  }
  return result;
}

function siteUrl(value: unknown): string {
  return absoluteUrl(String(value), 'url').replace(/\/+$/, '');
}

function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new ValidationError(`${field}: expected an object`, { field });
}

function unknownKey(field: string, key: string, allowed: readonly string[]): never {
  throw new ValidationError(`${field}: unknown key "${key}"; expected one of ${allowed.map((k) => `"${k}"`).join(', ')}`, {
    field: `${field}.${key}`,
    allowed,
  });
}
