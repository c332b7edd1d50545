import { describe, expect, it } from 'vitest';
import { presetById, serializeContentUsage } from '@cc-signals/core';
import { evaluateRobots, parseRobotsTxt } from '@cc-signals/core/robots';
import { parseConfig } from '../config.js';
import { ghostSite, resolvePostSignal, tagNameForPreset } from '../mapping.js';
import { mergeRobotsTxt } from './robots.js';

const config = parseConfig({ siteDefault: 'disallow', outputs: { contentSignal: true } });
const tag = (id: string) => ({ name: tagNameForPreset(id), slug: `hash-cc-signal-${id}` });
const item = (id: string, path: string, preset?: string) => ({
  id, path, section: 'post', published: '2026-01-01T00:00:00Z',
  intent: resolvePostSignal({ tags: preset ? [tag(preset)] : [] }, 'post', config).intent,
});
const site = ghostSite(config, [item('a', '/open/', 'allow'), item('b', '/same/'), item('c', '/credit/', 'cc-cr')]);

/** The merged text with every line the merge added taken out again: its rules, and comments Ghost did not write. */
const withoutOurs = (merged: string, original: string) => {
  const own = new Set(original.split('\n'));
  const kept = merged.split('\n').filter((line) => !/^Content-(Usage|Signal):/.test(line) && !(line.startsWith('#') && !own.has(line)));
  return kept.join('\n');
};

describe('mergeRobotsTxt', () => {
  // Ghost's own robots.txt, with a comment and a named group another tool added.
  const ghost = [
    '# Ghost robots.txt — edited by hand',
    'User-agent: *',
    'Sitemap: https://blog.example/sitemap.xml',
    'Disallow: /ghost/',
    'Disallow: /email/',
    '',
    '# no AI crawler in the members area',
    'User-agent: GPTBot',
    'Disallow: /members/',
    '',
  ].join('\n');

  it('keeps Ghost\'s robots.txt byte for byte, comments included, only adding lines', () => {
    const { text } = mergeRobotsTxt(ghost, site);
    expect(withoutOurs(text, ghost)).toBe(ghost);
    expect(text).toContain('# Ghost robots.txt — edited by hand\nUser-agent: *\n');
    expect(text).toContain('# no AI crawler in the members area\nUser-agent: GPTBot\nDisallow: /members/\n');
  });

  it('reaches every group a crawler may select: a named group hides * (RFC 9309)', () => {
    const { text } = mergeRobotsTxt(ghost, site);
    for (const agent of ['GPTBot', 'ExampleBot']) {
      expect(serializeContentUsage(evaluateRobots(text, 'https://blog.example/open/', agent).preferences), agent).toBe('train-ai=y');
      expect(serializeContentUsage(evaluateRobots(text, 'https://blog.example/credit/', agent).preferences), agent).toBe('train-ai=n;exceptions=cc-cr');
      expect(serializeContentUsage(evaluateRobots(text, 'https://blog.example/same/', agent).preferences), agent).toBe('train-ai=n');
    }
    const gpt = parseRobotsTxt(text).groups.find((group) => group.userAgents.includes('GPTBot'))!;
    expect(gpt.rules).toEqual([{ type: 'disallow', path: '/members/' }]);
    expect(gpt.contentSignals.length).toBeGreaterThan(0);
  });

  it('writes one rule per path in each group, and none for a post that agrees with the default', () => {
    const parsed = parseRobotsTxt(mergeRobotsTxt(ghost, site).text);
    for (const group of parsed.groups) {
      const paths = group.contentUsage.map((rule) => rule.path ?? '/');
      expect(new Set(paths).size).toBe(paths.length);
      expect(paths).toEqual(expect.arrayContaining(['/', '/open/', '/credit/']));
      expect(paths).not.toContain('/same/');
    }
    expect(parsed.sitemaps).toEqual(['https://blog.example/sitemap.xml']);
  });

  it('keeps CRLF line endings', () => {
    const crlf = ghost.replace(/\n/g, '\r\n');
    const { text } = mergeRobotsTxt(crlf, site);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(text).toContain('\r\nUser-agent: GPTBot\r\nDisallow: /members/\r\n');
  });

  it('adds a * group when Ghost\'s robots.txt has none, or is empty', () => {
    for (const original of ['', 'User-agent: BadBot\nDisallow: /\n']) {
      const { text } = mergeRobotsTxt(original, site);
      expect(text.startsWith(original)).toBe(true);
      const star = parseRobotsTxt(text).groups.find((group) => group.userAgents.includes('*'));
      expect(star?.contentUsage[0]?.value).toBe(serializeContentUsage({ 'train-ai': { preference: 'disallowed' } }));
      expect(star?.contentSignals.length).toBeGreaterThan(0);
    }
    expect(presetById('allow')).toBeDefined();
  });
});

describe('mergeRobotsTxt with the config\'s vocabulary', () => {
  it('writes draft -08\'s ai-use (and Content-Signal ai-input) when outputs.vocabulary selects it, and -07 without', () => {
    const input = { siteDefault: { categories: { 'train-ai': { choice: 'disallow' }, 'ai-use': { choice: 'disallow' } } }, outputs: { contentSignal: true } };
    const draft08 = parseConfig({ ...input, outputs: { ...input.outputs, vocabulary: 'draft-ietf-aipref-vocab-08' } });
    const text08 = mergeRobotsTxt('User-agent: *\nDisallow: /ghost/\n', ghostSite(draft08)).text;
    expect(text08).toContain('Content-Usage: train-ai=n, ai-use=n\n');
    expect(text08).toContain('Content-Signal: ai-train=no, ai-input=no\n');
    const text07 = mergeRobotsTxt('User-agent: *\nDisallow: /ghost/\n', ghostSite(parseConfig(input))).text;
    expect(text07).toContain('Content-Usage: train-ai=n\n');
    expect(text07).not.toContain('ai-use');
  });
});
