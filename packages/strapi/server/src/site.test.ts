import { parseRobotsTxt } from '@cc-signals/core';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from './settings-schema';
import { robotsTxt, siteOf } from './site';

const settings = {
  ...defaultSettings,
  siteDefault: { categories: { 'train-ai': { choice: 'disallow' } } },
  contentTypes: { 'api::article.article': { default: { categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr' } } } } },
};

describe('siteOf', () => {
  it('layers site default, content-type default and the entry', () => {
    const site = siteOf(settings);
    expect(site.sectionPreferences('api::page.page')).toEqual({ 'train-ai': { preference: 'disallowed' } });
    expect(site.sectionPreferences('api::article.article')).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } });
    expect(site.entryPreferences('api::article.article', { categories: { search: { choice: 'allow' } } })).toEqual({
      'train-ai': { preference: 'disallowed', exception: 'cc-cr' },
      search: { preference: 'allowed' },
    });
    expect(site.signal(site.sectionPreferences('api::page.page')).headers).toEqual({ 'content-usage': 'train-ai=n' });
  });
});

describe('robotsTxt', () => {
  const site = siteOf(settings);
  const defaults = [{ path: '/', preferences: site.sectionPreferences('') }];

  it('keeps the existing file as it is and appends a group', () => {
    const existing = '# mine\nUser-agent: *\nDisallow: /private/';
    const text = robotsTxt(existing, defaults, [], site.options);
    expect(text.startsWith(`${existing}\n\n`)).toBe(true);
    const groups = parseRobotsTxt(text).groups;
    expect(groups.flatMap((group) => group.rules.map((rule) => rule.path))).toEqual(['/private/']);
  });

  it('with nothing to state, the existing file alone; with no file, the group alone', () => {
    expect(robotsTxt('User-agent: *\nDisallow:\n', [{ path: '/', preferences: {} }], [], site.options)).toBe('User-agent: *\nDisallow:\n');
    expect(robotsTxt('', defaults, [], site.options)).toBe('User-Agent: *\nContent-Usage: train-ai=n\n');
  });
});
