import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CategoryPreference, Preferences } from '../preferences.js';
import { signalTokens } from '../signals.js';
import { currentVocabulary } from '../vocabulary.js';
import { evaluateRobots } from './evaluate.js';
import { parseRobotsTxt } from './parse.js';
import { serializeRobotsRules, serializeRobotsTxt } from './serialize.js';
import type {
  AccessRule,
  ContentSignalRule,
  ContentUsageRule,
  RobotsGroup,
  RobotsTxt,
} from './types.js';

const labels = currentVocabulary.categories.map((category) => category.label);

const categoryPreference: fc.Arbitrary<CategoryPreference> = fc.oneof(
  fc.constant<CategoryPreference>({ preference: 'allowed' }),
  fc.constant<CategoryPreference>({ preference: 'disallowed' }),
  fc
    .constantFrom(...signalTokens)
    .map<CategoryPreference>((exception) => ({ preference: 'disallowed', exception })),
);
const preferences: fc.Arbitrary<Preferences> = fc.dictionary(
  fc.constantFrom(...labels),
  categoryPreference,
  {
    minKeys: 1,
  },
);

/** Paths already in the percent-encoded form a serializer writes, so they come back unchanged. */
const segment = fc.stringMatching(/^([a-zA-Z0-9._~!&'()+,;=:@-]|%[0-9A-F]{2}|\*)*$/, {
  maxLength: 12,
});
const encodedPath = fc
  .tuple(fc.array(segment, { maxLength: 3 }), fc.boolean())
  .map(([segments, anchored]) => `/${segments.join('/')}${anchored ? '$' : ''}`);
const token = fc.oneof(fc.constant('*'), fc.stringMatching(/^[A-Za-z_-]{1,12}$/));
const url = fc.stringMatching(/^[a-z0-9]{0,8}$/).map((name) => `https://example.com/${name}`);

const accessRule: fc.Arbitrary<AccessRule> = fc.record({
  type: fc.constantFrom<AccessRule['type'][]>('allow', 'disallow'),
  path: fc.oneof(encodedPath, fc.constant('')),
});
const withOptionalPath = <T extends object>(
  rule: fc.Arbitrary<T>,
): fc.Arbitrary<T & { path?: string }> =>
  fc
    .tuple(rule, fc.option(encodedPath, { nil: undefined }))
    .map(([value, path]) => (path === undefined ? value : { ...value, path }));
const group: fc.Arbitrary<RobotsGroup> = fc.record({
  userAgents: fc.array(token, { minLength: 1, maxLength: 3 }),
  rules: fc.array(accessRule, { maxLength: 4 }),
  contentUsage: fc.array(withOptionalPath(fc.record({ preferences })), { maxLength: 3 }),
  contentSignals: fc.array(withOptionalPath(fc.record({ preferences })), { maxLength: 2 }),
});
const robotsModel: fc.Arbitrary<RobotsTxt> = fc.record({
  groups: fc.array(group, { maxLength: 4 }),
  licenses: fc.array(url, { maxLength: 2 }),
  sitemaps: fc.array(url, { maxLength: 2 }),
});

function defaultsFirst<T extends { path?: string }>(rules: readonly T[]): T[] {
  return [
    ...rules.filter((rule) => rule.path === undefined),
    ...rules.filter((rule) => rule.path !== undefined),
  ];
}

/** Content-Signal cannot carry a CC signal exception: it reads back as a plain disallow. */
function withoutExceptions(value: Preferences): Preferences {
  return Object.fromEntries(
    Object.entries(value).map(([label, entry]) => [label, { preference: entry.preference }]),
  );
}

/** The model as a reader sees it after a round trip; the empty `Disallow:` matches nothing. */
function comparable(robots: RobotsTxt): unknown {
  return {
    ...robots,
    groups: robots.groups.map((entry) => ({
      userAgents: entry.userAgents,
      rules: entry.rules.filter((rule) => rule.path !== ''),
      contentUsage: defaultsFirst(entry.contentUsage).map((rule: ContentUsageRule) => ({
        path: rule.path,
        preferences: rule.preferences,
      })),
      // Without the anyAiTraining opt-in an allowed train-ai is not written as ai-train=yes.
      contentSignals: defaultsFirst(entry.contentSignals)
        .map((rule: ContentSignalRule) => ({
          path: rule.path,
          preferences: Object.fromEntries(
            Object.entries(withoutExceptions(rule.preferences)).filter(
              ([label, value]) => label !== 'train-ai' || value.preference !== 'allowed',
            ),
          ),
        }))
        .filter((rule) => Object.keys(rule.preferences).length > 0),
    })),
  };
}

const fragments = [
  'User-agent: *',
  'User-Agent: GPTBot',
  'user-agent:ExampleBot/1.0',
  'Allow: /',
  'Disallow: /private/',
  'Disallow:',
  'Disallow: /*.pdf$',
  'Content-Usage: train-ai=n',
  'Content-Usage: /news/ train-ai=y, search=n',
  'Content-Usage: /a/ train-ai=n;exceptions=cc-cr',
  'Content-Usage: Train-AI=?',
  'Content-Signal: search=yes, ai-train=no',
  'Content-Signal: /b/ ai-train=maybe',
  'License: https://example.com/l.xml',
  'Sitemap: x',
  '# comment',
  '',
  '\uFEFF',
];
const mutatedRobots = fc
  .tuple(
    fc.array(fc.constantFrom(...fragments), { maxLength: 20 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 4 }), fc.nat({ max: 3 })), {
      maxLength: 5,
    }),
  )
  .map(([lines, newline, edits]) =>
    edits.reduce((text, [at, insert, remove]) => {
      const index = text.length === 0 ? 0 : at % text.length;
      return text.slice(0, index) + insert + text.slice(index + remove);
    }, lines.join(newline)),
  );
const anyPath = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.stringMatching(/^\/[a-z/*$%.?=]{0,12}$/),
);
const anyAgent = fc.oneof(
  fc.constantFrom('GPTBot', 'examplebot', '*', 'Mozilla/5.0 (compatible; GPTBot/1.1)'),
  fc.string(),
);

function checkEvaluation(text: string | Uint8Array, path: string, agent: string): void {
  const robots = parseRobotsTxt(text);
  const result = evaluateRobots(robots, path, agent);
  expect(typeof result.crawl).toBe('boolean');
  for (const value of Object.values(result.preferences)) {
    expect(['allowed', 'disallowed']).toContain(value.preference);
  }
  if (!result.crawl) expect(result.preferences).toEqual({});
}

describe('robots.txt properties', () => {
  it('never throws on random text or bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), anyPath, anyAgent, checkEvaluation));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), anyPath, anyAgent, checkEvaluation));
  });

  it('never throws on mutated robots.txt files', () => {
    fc.assert(fc.property(mutatedRobots, anyPath, anyAgent, checkEvaluation), { numRuns: 500 });
  });

  it('parse(serialize(x)) gives back the rules and preferences', () => {
    fc.assert(
      fc.property(robotsModel, (model) => {
        expect(comparable(parseRobotsTxt(serializeRobotsTxt(model)))).toEqual(comparable(model));
      }),
    );
  });

  it('a rule written for any path applies to that path, encoded or not', () => {
    const rawPath = fc
      .string({ unit: fc.constantFrom(...'abcé/ツ#%"<>{}|^`[]'.split('')), maxLength: 10 })
      .map((tail) => `/${tail.replace(/%/g, '%25')}`);
    fc.assert(
      fc.property(rawPath, preferences, (path, value) => {
        const text = serializeRobotsRules([
          { path: '/', preferences: {} },
          { path, preferences: value },
        ]);
        expect(evaluateRobots(text, `${path.replace(/#/g, '%23')}x`, 'AnyBot').preferences).toEqual(
          value,
        );
      }),
    );
  });
});
