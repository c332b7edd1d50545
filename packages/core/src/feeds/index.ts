export {
  ATOM_NAMESPACE,
  CC_SIGNALS_PREFIX,
  CONTENT_USAGE_ELEMENT,
  type FeedItemFragmentInput,
  type FeedOptions,
} from './fragments.js';
export { rssHead, rssItem, rssNamespaces, rssTail, serializeRss, serializeRssChannelElements, serializeRssItemElements } from './rss.js';
export {
  atomEntry,
  atomHead,
  atomNamespaces,
  atomTail,
  serializeAtom,
  serializeAtomEntryElements,
  serializeAtomFeedElements,
} from './atom.js';
export {
  JSON_FEED_EXTENSION_KEY,
  jsonFeedExtension,
  jsonFeedHead,
  jsonFeedItem,
  jsonFeedTail,
  serializeJsonFeed,
  type JsonFeedExtension,
} from './json-feed.js';
export { feedWriter, type FeedWriter } from './writer.js';
export { parseFeed } from './parse.js';
export type { FeedChannelInput, FeedFormat, FeedInput, FeedItemInput, FeedWriterFormat, ParsedFeed, ParsedFeedItem } from './types.js';
