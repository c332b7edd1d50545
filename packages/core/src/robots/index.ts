// @cc-signals/core/robots: robots.txt (RFC 9309) with Content-Usage,
// Content-Signal and License records: parse, evaluate, serialize, insert.
export * from './types.js';
export {
  normalizeRobotsPattern,
  normalizeRobotsUrlPath,
  robotsPatternMatches,
  encodeRobotsPath,
  urlPathOf,
} from './path.js';
export * from './parse.js';
export * from './evaluate.js';
export * from './serialize.js';
export { compileRobotsRules } from './compile.js';
export { insertRobotsLines, robotsGroupCount } from './insert.js';
export {
  CONTENT_SIGNAL,
  CONTENT_SIGNAL_POLICY_COMMENT,
  contentSignalExceptionComment,
  parseContentSignal,
  serializeContentSignal,
} from '../content-signal.js';
