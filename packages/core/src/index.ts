// @cc-signals/core: the model and the formats a page carries. robots.txt,
// feeds, whole sites, the adapter test suite and the conformance vectors have
// their own entry points (`./robots`, `./feeds`, `./site`, `./testing`,
// `./conformance`); the robots.txt and feed serializers CMS adapters call are
// also here. Helpers the modules share stay internal.

// The model: vocabulary, CC signals, preferences, intents, presets.
export { ValidationError } from './errors.js';
export * from './bindings.js';
export { toHeaders, type HeaderSource } from './headers.js';
export * from './vocabulary.js';
export * from './signals.js';
export * from './preferences.js';
export * from './intent.js';
export * from './presets.js';
export type { EmitOptions } from './emit.js';
// Adapters validate the URLs of their settings as the serializers will (a ValidationError naming the field).
export { absoluteUrl } from './emit.js';
export { escapeHtml, escapeXml } from './escape.js';

// Formats of a page: the Content-Usage field, HTTP headers, HTML head, noai, TDMRep, RSL, declaration.
export * from './content-usage.js';
export * from './http.js';
export * from './html/index.js';
export { feedLinks } from './html/feed-links.js';
export * from './noai.js';
export * from './tdmrep.js';
export {
  RSL_MEDIA_TYPE,
  RSL_NAMESPACE,
  parseRsl,
  rslStates,
  serializeRsl,
  serializeRslContent,
  type RslContent,
  type RslContentOptions,
  type RslPaymentType,
} from './rsl.js';
export * from './declaration.js';
export { CONTENT_SIGNAL_POLICY_COMMENT, serializeContentSignal, parseContentSignal } from './content-signal.js';

// Reading a resource back, as an AI developer does.
export * from './reader.js';
export { categoryOverrides, type Override } from './overrides.js';
export { sameResource } from './reader-url.js';

// The robots.txt and feed entry points adapters call (the rest is in `./robots` and `./feeds`).
export type { PathPreferences, RobotsTxt, RobotsGroup } from './robots/types.js';
export { parseRobotsTxt } from './robots/parse.js';
export { evaluateRobots, type RobotsEvaluation } from './robots/evaluate.js';
export { serializeRobotsRules, serializeRobotsTxt, robotsGroupLines, robotsLicenseLines } from './robots/serialize.js';
export { compileRobotsRules } from './robots/compile.js';
export { parseFeed, serializeAtom, serializeJsonFeed, serializeRss, type FeedInput, type FeedItemInput, type FeedOptions } from './feeds/index.js';
export * from './webserver/index.js';
