export {
  ATOM_NAMESPACE,
  CC_SIGNALS_PREFIX,
  CONTENT_USAGE_ELEMENT,
  type FeedItemFragmentInput,
  type FeedOptions,
} from './fragments.js';
export { rssNamespaces, serializeRss, serializeRssChannelElements, serializeRssItemElements } from './rss.js';
export { atomNamespaces, serializeAtom, serializeAtomEntryElements, serializeAtomFeedElements } from './atom.js';
export { JSON_FEED_EXTENSION_KEY, jsonFeedExtension, serializeJsonFeed, type JsonFeedExtension } from './json-feed.js';
export { parseFeed } from './parse.js';
export type { FeedFormat, FeedInput, FeedItemInput, ParsedFeed, ParsedFeedItem } from './types.js';
