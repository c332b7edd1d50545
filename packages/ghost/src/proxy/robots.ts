import { siteRobotsTxt, type OmittedItem, type Site } from '@cc-signals/core/site';

/**
 * Ghost's robots.txt with the site's rules (core's `siteRobotsTxt`: the site
 * default, and a rule per post or page that differs, one rule per path) put
 * into every group a crawler may select — RFC 9309 has a crawler read only
 * the group that names it, so a `User-agent: GPTBot` group gets them too —
 * and into a new `User-agent: *` group when there is none. Every byte Ghost
 * wrote (comments, blank lines, line endings, sitemaps) is kept.
 */
export function mergeRobotsTxt(ghostRobotsTxt: string, site: Site): { text: string; omitted: readonly OmittedItem[] } {
  return siteRobotsTxt(site, ghostRobotsTxt);
}
