import type { EmitOptions } from '../emit.js';
import type { Intent } from '../intent.js';

/**
 * A section of a site whose items share a default: a content type
 * (WordPress post type, Strapi collection type), a tag (Ghost) or a collection.
 */
export interface SiteSection {
  /**
   * The URL path prefix under which the section's items live (`/notes/`),
   * when it has one. A section without a prefix (or with `/`) shares the
   * site root: its default reaches robots.txt through its items' own rules.
   */
  readonly path?: string;
  /** The section default: its own layer only, without the site default. */
  readonly intent?: Intent;
}

/** A published item: a post, a page, a media file, an entry. */
export interface SiteItem {
  /** The adapter's id, reported back when the item is left out of robots.txt. */
  readonly id: string;
  /** The id of the section it belongs to, a key of {@link Site.sections}. */
  readonly section?: string;
  /**
   * The item's URL path (`/2026/01/hello/`, `/` for a static front page,
   * `/?p=12` for a plain permalink). Without one, the item gets no robots.txt rule.
   */
  readonly path?: string;
  /** When it was published (ISO 8601): robots.txt lists the newest first. */
  readonly published?: string;
  /** The item's own choice (stored intent), inheriting where it says nothing. */
  readonly intent?: Intent;
}

/**
 * A whole site as plain data: the site default, the sections keyed by id,
 * the items and the emit options. Every entry point of `@cc-signals/core/site`
 * takes it (or the part it needs), so an adapter maps its CMS data once.
 */
export interface Site {
  /** The site-wide default. */
  readonly intent?: Intent;
  readonly sections?: Readonly<Record<string, SiteSection>>;
  readonly items?: readonly SiteItem[];
  readonly options?: EmitOptions;
}

/** The layer a category's choice came from: for an editor's "Inherit (from …)". */
export type Layer = 'site' | 'section' | 'item';

/** Why a differing item has no robots.txt rule of its own. */
export type OmissionReason =
  /** Its URL has a query string (`/?p=12`): left to the page's own header and head tags. */
  | 'query'
  /** Another item (newer, or listed first) already has a rule for the same path. */
  | 'duplicate'
  /** Its path cannot be written in robots.txt (whitespace, control characters). */
  | 'invalid-path'
  /**
   * robots.txt would pass its size limit: older items are left out first, a
   * parent item's rule with those of the items under it; an item without a
   * rule of its own that read a left-out parent is reported too.
   */
  | 'size';

/** An item whose choice differs from its section but that robots.txt does not list. */
export interface OmittedItem {
  readonly id: string;
  readonly path?: string;
  readonly reason: OmissionReason;
}
