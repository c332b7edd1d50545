import { evaluateRobots, parseRobotsTxt } from '@cc-signals/core';
import { describe, expect, it } from 'vitest';
import { defaultOutputs, defaultSettings } from './settings-schema';
import { emitOptions, siteOf } from './site';

const ARTICLE = 'api::article.article';
const PAGE = 'api::page.page';
const settings = {
  ...defaultSettings,
  siteDefault: { categories: { 'train-ai': { choice: 'disallow' } } },
  contentTypes: { [ARTICLE]: { default: { categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr' } } } } },
};
const paths = { [ARTICLE]: '/api/articles/', [PAGE]: '/api/pages/' };

describe('siteOf', () => {
  it('layers site default, content-type default and the entry, and says where each choice came from', () => {
    const site = siteOf(settings, paths);
    expect(site.section(PAGE)).toMatchObject({ preferences: { 'train-ai': { preference: 'disallowed' } }, from: { 'train-ai': 'site' } });
    expect(site.section(ARTICLE)).toMatchObject({
      preferences: { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } },
      from: { 'train-ai': 'section' },
    });
    const entry = site.entry(ARTICLE, { categories: { search: { choice: 'allow' } } });
    expect(entry.preferences).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' }, search: { preference: 'allowed' } });
    expect(entry.from).toEqual({ 'train-ai': 'section', search: 'item' });
    expect(site.section(PAGE).headers).toEqual({ 'content-usage': 'train-ai=n' });
  });

  it('an entry whose stored value cannot be read states disallow, never its default\'s allow', () => {
    const site = siteOf({ ...defaultSettings, siteDefault: { categories: { 'train-ai': { choice: 'allow' } } } }, paths);
    expect(site.entry(ARTICLE, '{"categories":{"train-ai":{"choice":"perhaps"}}}').preferences['train-ai']).toEqual({ preference: 'disallowed' });
    expect(site.entry(ARTICLE, '{oops').headers['content-usage']).toMatch(/^train-ai=n/);
  });

  it('headers: Link values already on the response are kept', () => {
    const site = siteOf(settings, paths);
    const headers = site.headers(site.section(ARTICLE).preferences, { link: '<https://example.com/a>; rel="next"' });
    expect(headers['Content-Usage']).toBe('train-ai=n;exceptions=cc-cr');
    expect(headers.Link).toMatch(/^<https:\/\/example\.com\/a>; rel="next", <[^>]+>; rel="https:\/\/cc-signals\.org\/ns\/1\.0\/signal"/);
  });

  it('Content-Signal widens an allow to any AI training only with the opt-in', () => {
    const allow = { ...defaultSettings, siteDefault: { categories: { 'train-ai': { choice: 'allow' } } } };
    const plain = siteOf({ ...allow, outputs: { ...defaultOutputs, contentSignal: true } });
    expect(plain.robotsTxt('', []).text).not.toMatch(/ai-train=yes/);
    expect(emitOptions({ ...allow, outputs: { ...defaultOutputs, anyAiTraining: true } }).anyAiTraining).toBe(true);
    const widened = siteOf({ ...allow, outputs: { ...defaultOutputs, contentSignal: true, anyAiTraining: true } });
    expect(widened.robotsTxt('', []).text).toMatch(/Content-Signal: .*ai-train=yes/);
  });
});

describe('emitOptions', () => {
  it('hands core the vocabulary id and transition labels of the settings', () => {
    const outputs = { ...defaultOutputs, vocabulary: 'draft-ietf-aipref-vocab-08', transitionLabels: true };
    expect(emitOptions({ ...defaultSettings, outputs })).toMatchObject({ vocabulary: 'draft-ietf-aipref-vocab-08', transitionLabels: true });
    expect(emitOptions(defaultSettings)).toMatchObject({ transitionLabels: false });
    expect(emitOptions(defaultSettings)).not.toHaveProperty('vocabulary');
    // A stored id core no longer ships writes the default draft (the setting itself stays stored).
    expect(emitOptions({ ...defaultSettings, outputs: { ...defaultOutputs, vocabulary: 'draft-ietf-aipref-vocab-99' } })).not.toHaveProperty('vocabulary');
    const site = siteOf({ ...defaultSettings, outputs, siteDefault: { categories: { 'ai-use': { choice: 'disallow' } } } }, paths);
    expect(site.core.options).toMatchObject({ vocabulary: 'draft-ietf-aipref-vocab-08', transitionLabels: true });
    expect(site.section(PAGE).headers['content-usage']).toBe('ai-use=n');
  });
});

describe('robotsTxt', () => {
  const site = siteOf(settings, paths);
  const own = { uid: ARTICLE, documentId: 'abc', stored: { categories: { 'train-ai': { choice: 'allow' } } } };
  const without = (text: string, lines: RegExp) => text.split('\n').filter((line) => !lines.test(line)).join('\n');

  it('keeps every byte of the existing file and puts the rules into its group', () => {
    const existing = '# mine\nUser-agent: *\nDisallow: /private/\n';
    const text = site.robotsTxt(existing, [own]).text;
    expect(without(text, /^Content-Usage:/)).toBe(existing);
    const robots = parseRobotsTxt(text);
    expect(robots.groups.flatMap((group) => group.rules.map((rule) => rule.path))).toEqual(['/private/']);
    const read = (path: string) => evaluateRobots(robots, `http://127.0.0.1${path}`, 'ExampleBot').preferences;
    expect(read('/')).toEqual({ 'train-ai': { preference: 'disallowed' } });
    expect(read('/api/articles/x')).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } });
    expect(read('/api/articles/abc')).toEqual({ 'train-ai': { preference: 'allowed' } });
  });

  it('a named group (RFC 9309 hides `*` from GPTBot) gets the rules too', () => {
    const existing = 'User-agent: GPTBot\nDisallow: /drafts/\n\nUser-agent: *\nDisallow: /admin/\n';
    const robots = parseRobotsTxt(site.robotsTxt(existing, [own]).text);
    for (const agent of ['GPTBot', 'ExampleBot']) {
      const read = (path: string) => evaluateRobots(robots, `http://127.0.0.1${path}`, agent).preferences;
      expect(read('/')).toEqual({ 'train-ai': { preference: 'disallowed' } });
      expect(read('/api/articles/abc')).toEqual({ 'train-ai': { preference: 'allowed' } });
    }
    expect(evaluateRobots(robots, 'http://127.0.0.1/drafts/x', 'GPTBot').crawl).toBe(false);
  });

  it('with nothing to state, the existing file alone; with no file, a group of its own', () => {
    const nothing = siteOf(defaultSettings, paths);
    expect(nothing.robotsTxt('User-agent: *\nDisallow:\n', []).text).toBe('User-agent: *\nDisallow:\n');
    const alone = parseRobotsTxt(site.robotsTxt('', []).text);
    expect(evaluateRobots(alone, 'http://127.0.0.1/', 'ExampleBot').preferences).toEqual({ 'train-ai': { preference: 'disallowed' } });
  });
});
