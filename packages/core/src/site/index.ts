export type { Layer, OmissionReason, OmittedItem, Site, SiteItem, SiteSection } from './types.js';
export { resolveItem, resolveSection, samePreferences, type Resolution } from './resolve.js';
export { siteRobotsRules, siteRobotsTxt, type SiteRobotsRules, type SiteRobotsTxt } from './robots.js';
export { insertRobotsLines, robotsGroupCount } from '../robots/insert.js';
export { siteFeed, type SiteFeed } from './feeds.js';
export { headerName, siteHeaders, type ExistingHeaders } from './headers.js';
export { siteTdmrepJson } from './tdmrep.js';
export { combineIntents } from './combine.js';
