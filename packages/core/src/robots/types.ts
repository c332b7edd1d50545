import type { ValidationError } from '../errors.js';
import type { Preferences } from '../preferences.js';

/** An `Allow` or `Disallow` rule of a robots.txt group (RFC 9309 § 2.2.2). */
export interface AccessRule {
  readonly type: 'allow' | 'disallow';
  /**
   * The path pattern as written, `*` and a final `$` included. The empty
   * string is the empty pattern (`Disallow:`), which matches nothing.
   */
  readonly path: string;
}

/**
 * A `Content-Usage` rule (draft-ietf-aipref-attach § 3). `path` is absent
 * when the rule has none, which applies to every path like `/`.
 */
export interface ContentUsageRule {
  readonly path?: string;
  /** The preferences for the categories of the vocabulary; `{}` when `value` did not parse. */
  readonly preferences: Preferences;
  /** The statement of preference as read; only set by the parser. */
  readonly value?: string;
  /** Set by the parser when `value` is not a valid dictionary. */
  readonly error?: ValidationError;
}

/**
 * A Cloudflare `Content-Signal` rule, with the optional path prefix of
 * contentsignals.org's advanced form. `preferences` are keyed by IETF labels,
 * see {@link parseContentSignal}.
 */
export interface ContentSignalRule {
  readonly path?: string;
  readonly preferences: Preferences;
  /** The value as read (it may name `ai-input`, which has no IETF category); only set by the parser. */
  readonly value?: string;
}

/** A group: one or more user agents and the rules that apply to them. */
export interface RobotsGroup {
  /** Product tokens as written (`GPTBot`), or `*`. */
  readonly userAgents: readonly string[];
  readonly rules: readonly AccessRule[];
  readonly contentUsage: readonly ContentUsageRule[];
  readonly contentSignals: readonly ContentSignalRule[];
}

/** A robots.txt file: its groups in order, and the records that belong to no group. */
export interface RobotsTxt {
  readonly groups: readonly RobotsGroup[];
  /** RSL `License:` URLs. */
  readonly licenses: readonly string[];
  /** `Sitemap:` URLs. */
  readonly sitemaps: readonly string[];
}

/**
 * Preferences for the paths under a prefix, the input of the emitters:
 * `{ path: '/', preferences }` is the site default, `{ path: '/news/', … }`
 * applies under `/news/`.
 */
export interface PathPreferences {
  readonly path: string;
  readonly preferences: Preferences;
}
