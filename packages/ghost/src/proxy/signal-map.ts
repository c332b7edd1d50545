import type { Preferences } from '@cc-signals/core';
import { resolveItem, resolveSection, type Site, type SiteItem } from '@cc-signals/core/site';
import type { GhostSignalsConfig, PostType } from '../config.js';
import { ghostSite, isGhostInternalPath, resolvePostSignal } from '../mapping.js';
import type { GhostSignals } from '../posts.js';
import { describeError } from '../posts.js';

/**
 * Which preferences each public URL path carries: every published post and
 * page as an item of core's `Site` (by its URL path, with its post type and
 * its own layer), the site default elsewhere. Read from the Admin API and
 * refreshed on an interval (and by the webhook listener); a failed refresh
 * keeps the previous map.
 */
export class SignalMap {
  /** Each item's resolved preferences by URL path, worked out once per refresh (not per request). */
  private byPath = new Map<string, Preferences>();
  private siteDefault: Preferences;
  private current: Site;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners: ((site: Site) => void)[] = [];
  /** When the map was last read from Ghost (ms since the epoch), 0 before that. */
  refreshedAt = 0;

  constructor(
    private readonly signals: GhostSignals,
    private readonly config: GhostSignalsConfig,
    private readonly log: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
  ) {
    this.current = ghostSite(config);
    this.siteDefault = resolveSection(this.current).preferences;
  }

  /** Reads every published post and page again, then tells the listeners. */
  async refresh(): Promise<void> {
    const next = new Map<string, SiteItem>();
    for (const type of ['post', 'page'] as PostType[]) {
      for (const post of await this.signals.browse(type, 'status:published')) {
        if (!post.url) continue;
        const path = new URL(post.url).pathname;
        const { intent } = resolvePostSignal(post, type, this.config);
        next.set(path, { id: post.id, section: type, path, intent, ...(post.published_at ? { published: post.published_at } : {}) });
      }
    }
    this.current = ghostSite(this.config, [...next.values()]);
    this.byPath = new Map([...next].map(([path, item]) => [path, resolveItem(this.current, item).preferences]));
    this.siteDefault = resolveSection(this.current).preferences;
    this.refreshedAt = Date.now();
    for (const listener of this.listeners) listener(this.current);
  }

  /** Calls `listener` with the site after every successful refresh (e.g. to rewrite an nginx map). */
  onRefresh(listener: (site: Site) => void): void {
    this.listeners.push(listener);
  }

  /** Refreshes every `intervalMs` in the background (the timer does not keep the process alive). */
  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) => {
        this.log(`cc-signals-ghost: refreshing the signal map failed, keeping the previous one: ${describeError(error)}`);
      });
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** The site as core's site module reads it: defaults, items, outputs. */
  site(): Site {
    return this.current;
  }

  /** The preferences for a request path (query ignored), undefined for Ghost's own paths. */
  preferencesFor(pathname: string): Preferences | undefined {
    if (isGhostInternalPath(pathname)) return undefined;
    const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
    return this.byPath.get(pathname) ?? this.byPath.get(withSlash) ?? this.siteDefault;
  }
}
