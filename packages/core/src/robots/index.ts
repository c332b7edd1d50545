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
