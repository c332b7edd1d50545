import { presetById, presets } from '@cc-signals/core';
import { ValidationError } from '@cc-signals/core';
import { mergeBlock } from './code-injection.js';
import type { GhostSignalsConfig, PostType } from './config.js';
import { headTags, isSignalTag, resolvePostSignal, tagNameForPreset, type PostSignal } from './mapping.js';

/** A Ghost tag as the Admin API returns it. */
export interface GhostTag {
  readonly id?: string;
  readonly name: string;
  readonly slug?: string;
  readonly visibility?: string;
}

/** The fields of a Ghost post or page this package reads and writes. */
export interface GhostPost {
  readonly id: string;
  readonly slug: string;
  readonly title?: string;
  readonly url?: string;
  readonly status?: string;
  readonly published_at?: string | null;
  readonly updated_at: string;
  readonly tags?: readonly GhostTag[];
  readonly codeinjection_head?: string | null;
}

/** The fields an edit sends besides `id` and `updated_at`. */
export interface PostChange {
  readonly tags?: readonly { id?: string; name: string }[];
  readonly codeinjection_head?: string | null;
}

/** What to do with one post. */
export interface PostPlan {
  readonly signal: PostSignal;
  /** Undefined when the post already says what it should. */
  readonly change: PostChange | undefined;
}

/** Throws a ValidationError for a preset id core does not know. */
export function checkPreset(presetId: string): void {
  if (presetById(presetId)) return;
  const allowed = presets.map((preset) => preset.id);
  throw new ValidationError(`preset: "${presetId}" is not a preset; expected one of ${allowed.map((id) => `"${id}"`).join(', ')}`, {
    field: 'preset',
    allowed,
  });
}

/** The post's tags with its signal tags replaced by the one for `presetId` ("inherit": none). */
function tagsWithPreset(tags: readonly GhostTag[], presetId: string): GhostTag[] {
  const kept = tags.filter((tag) => !isSignalTag(tag));
  return presetId === 'inherit' ? kept : [...kept, { name: tagNameForPreset(presetId) }];
}

const tagRef = (tag: GhostTag) => (tag.id ? { id: tag.id, name: tag.name } : { name: tag.name });
const sameTags = (a: readonly GhostTag[], b: readonly GhostTag[]) =>
  a.length === b.length && a.every((tag, index) => tag.name === b[index]?.name);

/**
 * Plans a post's edit: with `presetId`, its signal tag becomes that preset's;
 * either way the code injection block is set to the resolved signal's head
 * tags. A post whose signal tags name no preset is refused (ValidationError)
 * unless a preset replaces them.
 */
export function planPost(post: GhostPost, type: PostType, config: GhostSignalsConfig, presetId?: string): PostPlan {
  if (presetId !== undefined) checkPreset(presetId);
  const current = post.tags ?? [];
  const tags = presetId === undefined ? current : tagsWithPreset(current, presetId);
  const signal = resolvePostSignal({ tags }, type, config);
  if (signal.unknownTags.length > 0) {
    const allowed = presets.map((preset) => tagNameForPreset(preset.id));
    throw new ValidationError(
      `tags: ${signal.unknownTags.map((name) => `"${name}"`).join(', ')} names no preset; expected one of ${allowed.map((n) => `"${n}"`).join(', ')}`,
      { field: 'tags', allowed },
    );
  }
  const head = mergeBlock(post.codeinjection_head, headTags(signal.preferences, config));
  const tagsChanged = !sameTags(current, tags);
  const headChanged = head !== (post.codeinjection_head ?? null);
  if (!tagsChanged && !headChanged) return { signal, change: undefined };
  return {
    signal,
    change: {
      ...(tagsChanged ? { tags: tags.map(tagRef) } : {}),
      ...(headChanged ? { codeinjection_head: head } : {}),
    },
  };
}
