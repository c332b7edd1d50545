// `pnpm bench` for @cc-signals/core. Every figure is a ratio against a
// baseline, timed in interleaved pairs (see measure.mjs), with its spread:
// - Content-Usage parse against structured-headers' parseDictionary alone (goal ≤ 1.2×);
// - Content-Usage serialize against structured-headers' serializeDictionary;
// - robots.txt parse + evaluate of one URL, on a file at the 500 KiB cap,
//   against robots-parser 3 doing the same (goal ≤ 1.0×).
// Runs against the built package (dist/): `pnpm --filter @cc-signals/core build` first.
import { createRequire } from 'node:module';
import { parseDictionary, serializeDictionary, Token } from 'structured-headers';
import { evaluateRobots, parseContentUsage, parseRobotsTxt, serializeContentUsage, serializeRobotsTxt } from '../dist/index.js';
import { comparePair, formatPair } from './measure.mjs';

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
