// `pnpm bench` for @cc-signals/core. Every figure is a ratio against a
// baseline, timed in interleaved pairs (see measure.mjs), with its spread:
// - Content-Usage parse against structured-headers' parseDictionary alone (goal ≤ 1.2×): the usual
//   values (y/n tokens with token parameters) take a fast path that reads them without building the
//   dictionary; other values, timed on their own line, go through parseDictionary itself;
// - Content-Usage serialize against structured-headers' serializeDictionary;
// - robots.txt parse + evaluate of one URL, on a file at the 500 KiB cap,
//   against robots-parser 3 doing the same (goal ≤ 1.0×).
// Runs against the built package (dist/): `pnpm --filter @cc-signals/core build` first.
import { createRequire } from 'node:module';
import { parseDictionary, serializeDictionary, Token } from 'structured-headers';
import { evaluateRobots, parseContentUsage, parseRobotsTxt, serializeContentUsage, serializeRobotsTxt } from '../dist/index.js';
import { siteRobotsTxt } from '../dist/site.js';
import { comparePair, formatPair, measure } from './measure.mjs';

const robotsParser = createRequire(import.meta.url)('robots-parser');

const headers = [
  'train-ai=n;exceptions=cc-cr, search=y',
  'train-ai=y',
  'train-ai=n;exceptions=cc-cr-op;foo=bar, search=n, bots=n',
  'ai=n;exceptions=cc-cr',
];
console.log(
  formatPair(
    'Content-Usage parse (4 field values in turn)',
    comparePair((i) => parseContentUsage(headers[i % 4]), (i) => parseDictionary(headers[i % 4])),
    { subject: 'parseContentUsage', baseline: 'parseDictionary', goal: 1.2 },
  ),
);

// Values outside the fast path (a string parameter, a boolean member, an inner list) go through the full parser.
const unusual = ['train-ai=n;exceptions="cc-cr", search=y', 'train-ai=?1, search=n', 'train-ai=(y n)'];
console.log(
  formatPair(
    'Content-Usage parse, values the fast path leaves to the full parser (3 in turn)',
    comparePair((i) => parseContentUsage(unusual[i % 3]), (i) => parseDictionary(unusual[i % 3])),
    { subject: 'parseContentUsage', baseline: 'parseDictionary' },
  ),
);

const preferences = { 'train-ai': { preference: 'disallowed', exception: 'cc-cr-ec' }, search: { preference: 'allowed' } };
const dictionary = new Map([
  ['train-ai', [new Token('n'), new Map([['exceptions', new Token('cc-cr-ec')]])]],
  ['search', [new Token('y'), new Map()]],
]);
console.log(
  formatPair(
    'Content-Usage serialize',
    comparePair(() => serializeContentUsage(preferences), () => serializeDictionary(dictionary)),
    { subject: 'serializeContentUsage', baseline: 'serializeDictionary' },
  ),
);

const robots = bigRobotsTxt(500 * 1024);
const agent = `bot-${letters(42)}`;
const url = 'https://example.org/section-42/post';
console.log(
  formatPair(
    `robots.txt parse + evaluate one URL, ${(robots.length / 1024).toFixed(0)} KiB, ${robots.split('User-Agent').length - 1} groups`,
    comparePair(
      () => evaluateRobots(parseRobotsTxt(robots), url, agent),
      () => {
        const parsed = robotsParser('https://example.org/robots.txt', robots);
        return parsed.isAllowed(url, agent);
      },
      { rounds: 11, minBatchMs: 100 },
    ),
    { subject: '@cc-signals/core', baseline: 'robots-parser', goal: 1.0, unit: 'ms' },
  ),
);

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
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const group = serializeRobotsTxt({
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
    });
    groups.push(group);
    length += group.length + 1;
  }
  return groups.join('\n').slice(0, bytes);
}

// RFC 9309 product tokens are letters, "_" and "-" only.
function letters(n) {
  return n.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)));
}
