import type { Preferences } from '../preferences.js';
import { resolveItem, resolveSection, samePreferences } from './resolve.js';
import type { Site, SiteItem } from './types.js';

/** The statements of one feed: the channel's, computed once, and each item's own when it needs one. */
export interface SiteFeed {
  /** The channel (RSS `<channel>`, Atom `<feed>`) statement: the section's, or the site's. */
  readonly channel: Preferences;
  /**
   * The item's own statement when it differs from the channel's, or
   * `undefined` when the channel's stands for it (the serializers then write
   * no item element).
   */
  item(item: Pick<SiteItem, 'section' | 'intent'>): Preferences | undefined;
}

/**
 * The statements of a feed of the site (`section` given: that section's feed,
 * as a post type or tag feed; else the site's main feed). An item carries its
 * own statement only where its resolved preferences differ from the
 * channel's; the channel's is resolved once for the whole feed.
 */
export function siteFeed(site: Pick<Site, 'intent' | 'sections' | 'options'>, section?: string): SiteFeed {
  const channel = resolveSection(site, section).preferences;
  return {
    channel,
    item(item) {
      const own = resolveItem(site, item).preferences;
      return samePreferences(own, channel) ? undefined : own;
    },
  };
}
