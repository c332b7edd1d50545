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
import { siteRobotsTxt } from '../dist/site.js';
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

// A whole site's robots.txt (the site module), every post differing from its section.
for (const count of [2000, 20000]) {
  const signals = ['cc-cr', 'cc-cr-dc', 'cc-cr-ec'];
  const items = Array.from({ length: count }, (_, i) => ({
    id: String(i), section: 'post', path: `/${2000 + Math.floor(i / 365)}/${(i % 12) + 1}/a-typical-post-slug-${i}/`,
    published: new Date(1.6e12 + i * 3.6e6).toISOString(),
    intent: { categories: { 'train-ai': { choice: 'disallow', signal: signals[i % 3], signalVersion: '0.1' } } },
  }));
  const site = { intent: { categories: { 'train-ai': { choice: 'allow' } } }, sections: { post: {} }, items, options: { contentSignal: true } };
  let result;
  const ns = measure(() => { result = siteRobotsTxt(site, 'User-agent: *\nDisallow: /wp-admin/\n'); }, { batches: 3, minBatchMs: 100 });
  console.log(
    `siteRobotsTxt, ${count} differing posts: ${(ns / 1e6).toFixed(0)} ms, ${(Buffer.byteLength(result.text) / 1024).toFixed(0)} KiB, ${result.omitted.length} left out`,
  );
}

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
