import type { GhostAdminAPI } from '@tryghost/admin-api';
import { ValidationError } from '@cc-signals/core';
import { GhostApiError } from './admin.js';
import { MalformedBlockError } from './code-injection.js';
import type { GhostSignalsConfig, PostType } from './config.js';
import type { PostSignal } from './mapping.js';
import { planPost, type GhostPost } from './plan.js';

/** What happened to one post. */
export type Outcome = 'updated' | 'unchanged' | 'would-update' | 'failed';

/** The result for one post or page. */
export interface PostResult {
  readonly type: PostType;
  readonly id: string;
  readonly slug: string;
  readonly outcome: Outcome;
  readonly signal?: PostSignal;
  readonly error?: string;
}

/** A run over many posts: each result, and whether it stopped early. */
export interface RunReport {
  readonly results: readonly PostResult[];
  /** Set when a network or server failure stopped the run; a rerun completes it. */
  readonly stoppedBy?: string;
}

const FIELDS = 'id,slug,title,url,status,published_at,updated_at,codeinjection_head';
const COLLISION_ATTEMPTS = 4;

/** Reads and edits posts' signals through the Admin API. */
export class GhostSignals {
  constructor(
    /** The Admin API client this instance edits through. */
    readonly adminApi: GhostAdminAPI,
    private readonly config: GhostSignalsConfig,
    private readonly options: { readonly dryRun?: boolean } = {},
  ) {}

  private resource(type: PostType) {
    return type === 'page' ? this.adminApi.pages : this.adminApi.posts;
  }

  /** One post or page by id (24 hex digits) or slug, with its tags. */
  async read(type: PostType, ref: string): Promise<GhostPost> {
    const key = /^[0-9a-f]{24}$/.test(ref) ? { id: ref } : { slug: ref };
    return (await this.resource(type).read(key, { include: 'tags', fields: FIELDS })) as GhostPost;
  }

  /** Every post (or page) matching an NQL filter, all statuses, oldest first. */
  async browse(type: PostType, filter?: string): Promise<GhostPost[]> {
    const all: GhostPost[] = [];
    for (let page = 1; ; page += 1) {
      const batch = (await this.resource(type).browse({
        limit: 100, page, include: 'tags', fields: FIELDS, order: 'created_at asc',
        ...(filter ? { filter } : {}),
      })) as GhostPost[] & { meta?: { pagination?: { next?: number | null } } };
      all.push(...batch);
      if (!batch.meta?.pagination?.next) return all;
    }
  }

  /** The post's resolved signal and whether its tags and code injection already say it; changes nothing. */
  check(type: PostType, post: GhostPost): PostResult {
    const plan = planPost(post, type, this.config);
    return { type, id: post.id, slug: post.slug, signal: plan.signal, outcome: plan.change ? 'would-update' : 'unchanged' };
  }

  /**
   * Brings one post to its resolved signal (and, with `presetId`, sets its
   * signal tag first). One edit per post, so a post is either unchanged or
   * fully updated; on Ghost's update collision it reads the post again and retries.
   */
  async apply(type: PostType, post: GhostPost, presetId?: string): Promise<PostResult> {
    let current = post;
    for (let attempt = 1; ; attempt += 1) {
      const plan = planPost(current, type, this.config, presetId);
      const base = { type, id: current.id, slug: current.slug, signal: plan.signal };
      if (!plan.change) return { ...base, outcome: 'unchanged' };
      if (this.options.dryRun) return { ...base, outcome: 'would-update' };
      try {
        await this.resource(type).edit({ id: current.id, updated_at: current.updated_at, ...plan.change });
        return { ...base, outcome: 'updated' };
      } catch (error) {
        const collided = error instanceof GhostApiError && error.type === 'UpdateCollisionError';
        if (!collided || attempt >= COLLISION_ATTEMPTS) throw error;
        current = await this.read(type, current.id);
      }
    }
  }

  /**
   * Applies to each post in turn. A post that cannot be changed (bad tags,
   * broken markers, a 4xx) is reported and skipped; a network or server
   * failure stops the run, leaving later posts untouched.
   */
  async run(
    type: PostType,
    posts: readonly GhostPost[],
    presetId: string | undefined,
    onProgress?: (done: number, total: number) => void,
  ): Promise<RunReport> {
    const results: PostResult[] = [];
    for (const post of posts) {
      try {
        results.push(await this.apply(type, post, presetId));
      } catch (error) {
        const message = describeError(error);
        results.push({ type, id: post.id, slug: post.slug, outcome: 'failed', error: message });
        if (error instanceof GhostApiError && error.transient) return { results, stoppedBy: message };
      } finally {
        onProgress?.(results.length, posts.length);
      }
    }
    return { results };
  }
}

/** A one-line message for an error, without stack or credentials. */
export function describeError(error: unknown): string {
  if (error instanceof GhostApiError || error instanceof ValidationError || error instanceof MalformedBlockError) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
