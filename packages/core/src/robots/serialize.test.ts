import { describe, expect, it } from 'vitest';
import { CONTENT_SIGNAL_POLICY_COMMENT } from '../content-signal.js';
import { ValidationError } from '../errors.js';
import type { Preferences } from '../preferences.js';
import { evaluateRobots } from './evaluate.js';
import {
  robotsGroupLines,
  robotsLicenseLines,
  robotsTxtFromRules,
  serializeRobotsRules,
  serializeRobotsTxt,
} from './serialize.js';
import type { RobotsTxt } from './types.js';

const credit: Preferences = { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } };
const open: Preferences = {
  search: { preference: 'allowed' },
  'train-ai': { preference: 'allowed' },
};

function fieldOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
  return undefined;
}

describe('serializeRobotsRules', () => {
  it('writes the site default without path, then path rules, Content-Signal and License', () => {
    const text = serializeRobotsRules(
      [
        { path: '/news/', preferences: open },
        { path: '/', preferences: credit },
      ],
      { contentSignal: true, rslLicenseUrl: 'https://example.com/license.xml', anyAiTraining: true },
    );
    expect(text).toBe(
      [
        'User-Agent: *',
        'Allow: /',
        'Content-Usage: train-ai=n;exceptions=cc-cr',
        'Content-Usage: /news/ train-ai=y, search=y',
        ...CONTENT_SIGNAL_POLICY_COMMENT,
        '# ai-train=no: AI Model Training is allowed only under CC Credit 0.1 (cc-cr),',
        '# a condition Content-Signal cannot express, so it says no; the Content-Usage form carries it.',
        'Content-Signal: ai-train=no',
        'Content-Signal: /news/ search=yes, ai-train=yes',
        '',
        'License: https://example.com/license.xml',
        '',
      ].join('\n'),
    );
  });

  it('says what it wrote: each path gets its own preferences back', () => {
    const text = serializeRobotsRules([
      { path: '/', preferences: credit },
      { path: '/news/', preferences: open },
    ]);
    expect(evaluateRobots(text, '/about', 'AnyBot').preferences).toEqual(credit);
    expect(evaluateRobots(text, '/news/today', 'AnyBot').preferences).toEqual(open);
  });

  it('never writes Content-Usage for empty preferences', () => {
    const text = serializeRobotsRules([
      { path: '/', preferences: {} },
      { path: '/a/', preferences: { 'train-ai': { preference: 'unknown' } } },
    ]);
    expect(text).toBe('User-Agent: *\nAllow: /\n');
  });

  it('percent-encodes paths and names an invalid one', () => {
    expect(serializeRobotsRules([{ path: '/café/#1', preferences: credit }])).toContain(
      'Content-Usage: /caf%C3%A9/%231 train-ai=n;exceptions=cc-cr\n',
    );
    expect(
      fieldOf(() =>
        serializeRobotsRules([
          { path: '/', preferences: credit },
          { path: 'news/', preferences: credit },
        ]),
      ),
    ).toBe('rules[1].path');
    expect(
      fieldOf(() => serializeRobotsRules([{ path: '/a\nDisallow: /', preferences: credit }])),
    ).toBe('rules[0].path');
  });

  it('checks the licence URL', () => {
    expect(fieldOf(() => serializeRobotsRules([], { rslLicenseUrl: 'license.xml' }))).toBe(
      'rslLicenseUrl',
    );
  });
});

describe('robotsGroupLines', () => {
  it('returns only the lines for an existing User-agent: * group', () => {
    expect(
      robotsGroupLines([
        { path: '/', preferences: credit },
        { path: '/news/', preferences: open },
      ]),
    ).toEqual([
      'Content-Usage: train-ai=n;exceptions=cc-cr',
      'Content-Usage: /news/ train-ai=y, search=y',
    ]);
  });

  it('follows the emit options', () => {
    const rules = [{ path: '/', preferences: open }];
    expect(robotsGroupLines(rules, { contentUsage: false })).toEqual([]);
    expect(robotsGroupLines(rules, { contentUsage: false, contentSignal: true })).toEqual([
      ...CONTENT_SIGNAL_POLICY_COMMENT,
      'Content-Signal: search=yes',
    ]);
    expect(robotsGroupLines(rules, { contentUsage: false, contentSignal: true, anyAiTraining: true })).toEqual([
      ...CONTENT_SIGNAL_POLICY_COMMENT,
      'Content-Signal: search=yes, ai-train=yes',
    ]);
  });

  it('writes no License line when the RSL licence would state nothing', () => {
    const allowed = [{ path: '/', preferences: { 'train-ai': { preference: 'allowed' } } }] as const;
    const options = { rslLicenseUrl: 'https://example.com/license.xml' };
    expect(serializeRobotsRules(allowed, options)).not.toContain('License:');
    expect(serializeRobotsRules(allowed, { ...options, anyAiTraining: true })).toContain('License:');
  });
});

describe('robotsLicenseLines', () => {
  it('writes the RSL License record when a licence URL is set', () => {
    expect(robotsLicenseLines()).toEqual([]);
    expect(robotsLicenseLines({ rslLicenseUrl: 'https://example.com/rsl.xml' })).toEqual([
      'License: https://example.com/rsl.xml',
    ]);
  });
});

describe('serializeRobotsTxt', () => {
  const model: RobotsTxt = {
    groups: [
      {
        userAgents: ['GPTBot', 'CCBot'],
        rules: [
          { type: 'disallow', path: '' },
          { type: 'allow', path: '/*.pdf$' },
        ],
        contentUsage: [{ path: '/a/', preferences: open }, { preferences: credit }],
        contentSignals: [],
      },
      {
        userAgents: ['*'],
        rules: [{ type: 'disallow', path: '/private/' }],
        contentUsage: [],
        contentSignals: [],
      },
    ],
    licenses: [],
    sitemaps: ['https://example.com/sitemap.xml'],
  };

  it('writes groups separated by blank lines, then the records', () => {
    expect(serializeRobotsTxt(model)).toBe(
      [
        'User-Agent: GPTBot',
        'User-Agent: CCBot',
        'Disallow:',
        'Allow: /*.pdf$',
        'Content-Usage: train-ai=n;exceptions=cc-cr',
        'Content-Usage: /a/ train-ai=y, search=y',
        '',
        'User-Agent: *',
        'Disallow: /private/',
        '',
        'Sitemap: https://example.com/sitemap.xml',
        '',
      ].join('\n'),
    );
  });

  it('writes nothing for an empty file', () => {
    expect(serializeRobotsTxt({ groups: [], licenses: [], sitemaps: [] })).toBe('');
  });

  it('names the field of an invalid user agent, path or URL', () => {
    const group = model.groups[0]!;
    expect(
      fieldOf(() =>
        serializeRobotsTxt({ ...model, groups: [{ ...group, userAgents: ['GPT Bot'] }] }),
      ),
    ).toBe('groups[0].userAgents[0]');
    expect(
      fieldOf(() => serializeRobotsTxt({ ...model, groups: [{ ...group, userAgents: [] }] })),
    ).toBe('groups[0].userAgents');
    expect(
      fieldOf(() =>
        serializeRobotsTxt({
          ...model,
          groups: [{ ...group, rules: [{ type: 'allow', path: 'x' }] }],
        }),
      ),
    ).toBe('groups[0].rules[0].path');
    expect(
      fieldOf(() =>
        serializeRobotsTxt({
          ...model,
          groups: [{ ...group, contentUsage: [{ path: '/a b', preferences: open }] }],
        }),
      ),
    ).toBe('groups[0].contentUsage[0].path');
    expect(fieldOf(() => serializeRobotsTxt({ ...model, licenses: ['/relative'] }))).toBe(
      'licenses[0]',
    );
  });
});

describe('robotsTxtFromRules', () => {
  it('builds one * group, leaving rules out as the options say', () => {
    const robots = robotsTxtFromRules([{ path: '/', preferences: open }], { contentUsage: false });
    expect(robots.groups[0]).toEqual({
      userAgents: ['*'],
      rules: [{ type: 'allow', path: '/' }],
      contentUsage: [],
      contentSignals: [],
    });
  });
});
