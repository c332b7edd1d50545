// `pnpm bench` for @cc-signals/core: header parse against raw
// structured-headers (as a ratio), serialize throughput, and the parse of a
// robots.txt at the 500 KiB cap. Runs against the built package (dist/).
import { parseDictionary } from 'structured-headers';
import {
  evaluateRobots,
  parseContentUsage,
  parseRobotsTxt,
  serializeContentUsage,
  serializeRobotsTxt,
} from '../dist/index.js';
import { measure, opsPerSecond } from './measure.mjs';

const headers = [
  'train-ai=n;exceptions=cc-cr, search=y',
  'train-ai=y',
  'train-ai=n;exceptions=cc-cr-op;foo=bar, search=n, bots=n',
  'ai=n;exceptions=cc-cr',
];

const raw = measure((i) => parseDictionary(headers[i % headers.length]));
const core = measure((i) => parseContentUsage(headers[i % headers.length]));
console.log(`Content-Usage parse: core ${opsPerSecond(core)}, structured-headers ${opsPerSecond(raw)}`);
console.log(`  ratio core / structured-headers: ${(core / raw).toFixed(2)}x the time`);

const preferences = { 'train-ai': { preference: 'disallowed', exception: 'cc-cr-ec' }, search: { preference: 'allowed' } };
console.log(`Content-Usage serialize: ${opsPerSecond(measure(() => serializeContentUsage(preferences)))}`);

const robots = bigRobotsTxt(500 * 1024);
const robotsNs = measure(() => parseRobotsTxt(robots), { batches: 7, minBatchMs: 100 });
const evaluateNs = measure(() => evaluateRobots(robots, '/section-42/post', `bot-${letters(42)}`), { batches: 7, minBatchMs: 100 });
console.log(
  `robots.txt parse, ${(robots.length / 1024).toFixed(0)} KiB: ${(robotsNs / 1e6).toFixed(2)} ms ` +
    `(${((robots.length / robotsNs) * 1e3).toFixed(1)} MB/s)`,
);

console.log(`robots.txt parse + evaluate one URL, same file: ${(evaluateNs / 1e6).toFixed(2)} ms`);

function bigRobotsTxt(bytes) {
  const groups = [];
  for (let i = 0; groups.join('\n').length < bytes; i++) {
    groups.push(
      serializeRobotsTxt({
        groups: [
          {
            userAgents: [`bot-${letters(i)}`],
            rules: [{ type: 'disallow', path: `/private-${i}/*.pdf$` }, { type: 'allow', path: `/public-${i}/` }],
            contentUsage: [{ path: `/section-${i}/`, preferences }],
            contentSignals: [],
          },
        ],
        licenses: [],
        sitemaps: [],
      }),
    );
  }
  return groups.join('\n').slice(0, bytes);
}

// RFC 9309 product tokens are letters, "_" and "-" only.
function letters(n) {
  return n.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)));
}
