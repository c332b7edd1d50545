import type { PathPreferences, Preferences } from '@cc-signals/core';
import type { GhostSignalsConfig, PostType } from '../config.js';
import { isGhostInternalPath, resolvePostSignal, sitePreferences, siteRobotsRules } from '../mapping.js';
import type { GhostSignals } from '../posts.js';
import { describeError } from '../posts.js';

/**
 * Which preferences each public URL path carries: every published post's and
 * page's resolved signal by its URL path, the site default elsewhere. Read
 * from the Admin API and refreshed on an interval (and by the webhook
 * listener); a failed refresh keeps the previous map.
 */
export class SignalMap {
  private byPath = new Map<string, Preferences>();
  private timer: NodeJS.Timeout | undefined;
  /** When the map was last read from Ghost (ms since the epoch), 0 before that. */
  refreshedAt = 0;

  constructor(
    private readonly signals: GhostSignals,
    private readonly config: GhostSignalsConfig,
    private readonly log: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
  ) {}

  /** Reads every published post and page again. */
  async refresh(): Promise<void> {
    const next = new Map<string, Preferences>();
    for (const type of ['post', 'page'] as PostType[]) {
      for (const post of await this.signals.browse(type, 'status:published')) {
        if (!post.url) continue;
        next.set(new URL(post.url).pathname, resolvePostSignal(post, type, this.config).preferences);
      }
    }
    this.byPath = next;
    this.refreshedAt = Date.now();
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

  /** The preferences for a request path (query ignored), undefined for Ghost's own paths. */
  preferencesFor(pathname: string): Preferences | undefined {
    if (isGhostInternalPath(pathname)) return undefined;
    const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
    return this.byPath.get(pathname) ?? this.byPath.get(withSlash) ?? sitePreferences(this.config);
  }

  /** The robots.txt rules: the site default, and each post that differs from it. */
  robotsRules(): PathPreferences[] {
    const items = [...this.byPath].map(([path, preferences]) => ({ path, preferences }));
    return siteRobotsRules(items, this.config);
  }
}
