export * from './errors.js';
export * from './bindings.js';
export { toHeaders, type HeaderSource } from './headers.js';
export * from './vocabulary.js';
export * from './signals.js';
export * from './preferences.js';
export * from './intent.js';
export * from './presets.js';
export * from './content-usage.js';
export * from './escape.js';
export * from './emit.js';
export * from './noai.js';
export {
  RSL_MEDIA_TYPE,
  RSL_NAMESPACE,
  RSL_PAYMENT_BY_SIGNAL,
  RSL_USAGE_BY_CATEGORY,
  parseRsl,
  rslStates,
  serializeRsl,
  serializeRslContent,
  type RslContent,
  type RslContentOptions,
  type RslPaymentType,
} from './rsl.js';
export * from './html/index.js';
export * from './feeds/index.js';
export * from './declaration.js';
export * from './http.js';
export * from './reader.js';
export { sameResource } from './reader-url.js';
export { feedLinks } from './html/feed-links.js';
export * from './robots/index.js';
export * from './content-signal.js';
export * from './tdmrep.js';
export { compileRobotsRules } from './robots/compile.js';
