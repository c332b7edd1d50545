import { describe, expect, it } from 'vitest';
import { parseHtmlHead, presetById, presets, serializeContentUsage } from '@cc-signals/core';
import { parseConfig } from './config.js';
import { resolveItem } from '@cc-signals/core/site';
import { ghostSite, headTags, resolvePostSignal, tagNameForPreset } from './mapping.js';
import { planPost } from './plan.js';

const tag = (presetId: string) => ({ name: tagNameForPreset(presetId), slug: `hash-cc-signal-${presetId}`, visibility: 'internal' });
const config = parseConfig({ siteDefault: 'disallow', postTypes: { page: 'allow' }, tags: { news: 'cc-cr', open: 'allow' } });
const value = (post: Parameters<typeof resolvePostSignal>[0], type: 'post' | 'page' = 'post') =>
  serializeContentUsage(resolvePostSignal(post, type, config).preferences);

describe('resolvePostSignal', () => {
  it('maps each preset tag to the preset\'s own preferences', () => {
    for (const preset of presets.filter((p) => p.id !== 'inherit')) {
      const signal = resolvePostSignal({ tags: [tag(preset.id)] }, 'post', parseConfig({}));
      expect(signal.preset).toBe(preset.id);
      expect(signal.source).toBe('post');
      expect(parseHtmlHead(headTags(signal.preferences, parseConfig({}))).preferences).toEqual(signal.preferences);
    }
  });

  it('layers site → post type → tag default → the post\'s tag; inherit defers', () => {
    expect(value({ tags: [] })).toBe('train-ai=n');
    expect(value({ tags: [] }, 'page')).toBe('train-ai=y');
    expect(value({ tags: [{ name: 'News', slug: 'news' }] })).toBe('train-ai=n;exceptions=cc-cr');
    expect(value({ tags: [{ name: 'News', slug: 'news' }, tag('allow')] })).toBe('train-ai=y');
    expect(value({ tags: [tag('inherit')] })).toBe('train-ai=n');
    expect(resolvePostSignal({ tags: [] }, 'page', config).source).toBe('post-type');
  });

  it('resolves conflicting tags to the most restrictive and reports it', () => {
    const signal = resolvePostSignal({ tags: [tag('allow'), tag('cc-cr')] }, 'post', config);
    expect(serializeContentUsage(signal.preferences)).toBe('train-ai=n;exceptions=cc-cr');
    expect(signal.conflict).toMatch(/#cc-signal-allow, #cc-signal-cc-cr.*most restrictive/);
    const defaults = resolvePostSignal({ tags: [{ name: 'News', slug: 'news' }, { name: 'Open', slug: 'open' }] }, 'post', config);
    expect(serializeContentUsage(defaults.preferences)).toBe('train-ai=n;exceptions=cc-cr');
    expect(defaults.conflict).toMatch(/tag defaults of news, open/);
    expect(resolvePostSignal({ tags: [tag('cc-cr'), tag('cc-cr')] }, 'post', config).conflict).toBeUndefined();
  });

  it('gives core\'s Site an item layer that resolves to the same preferences, conflicts included', () => {
    const posts = [
      { tags: [] }, { tags: [{ name: 'News', slug: 'news' }] }, { tags: [tag('allow'), tag('cc-cr')] },
      { tags: [tag('cc-cr-ec'), tag('cc-cr')] }, { tags: [{ name: 'News', slug: 'news' }, { name: 'Open', slug: 'open' }, tag('allow')] },
    ];
    for (const type of ['post', 'page'] as const) {
      for (const post of posts) {
        const signal = resolvePostSignal(post, type, config);
        expect(resolveItem(ghostSite(config), { section: type, intent: signal.intent }).preferences).toEqual(signal.preferences);
      }
    }
  });

  it('reports signal tags that name no preset', () => {
    const signal = resolvePostSignal({ tags: [{ name: '#cc-signal-typo', slug: 'hash-cc-signal-typo' }] }, 'post', config);
    expect(signal.unknownTags).toEqual(['#cc-signal-typo']);
    expect(() => planPost({ id: 'a', slug: 'a', updated_at: '', tags: [{ name: '#cc-signal-typo', slug: 'hash-cc-signal-typo' }] }, 'post', config)).toThrow(
      /"#cc-signal-typo" names no preset; expected one of "#cc-signal-inherit", "#cc-signal-allow"/,
    );
  });
});

describe('planPost', () => {
  const post = { id: '1', slug: 'p', updated_at: 't', tags: [{ id: 'x', name: 'News', slug: 'news' }, tag('allow')], codeinjection_head: '<script>a()</script>' };

  it('replaces the signal tag after the author\'s tags and mirrors the head tags', () => {
    const plan = planPost(post, 'post', config, 'cc-cr-op');
    expect(plan.change?.tags).toEqual([{ id: 'x', name: 'News' }, { name: '#cc-signal-cc-cr-op' }]);
    expect(plan.change?.codeinjection_head).toMatch(/^<script>a\(\)<\/script>\n<!-- cc-signals:begin/);
    expect(parseHtmlHead(plan.change?.codeinjection_head ?? '').preferences).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr-op' } });
  });

  it('plans nothing for a post that already says its signal', () => {
    const once = planPost(post, 'post', config, 'cc-cr');
    const after = { ...post, tags: [post.tags[0]!, tag('cc-cr')], codeinjection_head: once.change?.codeinjection_head ?? null };
    expect(planPost(after, 'post', config, 'cc-cr').change).toBeUndefined();
    expect(planPost(after, 'post', config).change).toBeUndefined();
  });

  it('rejects an unknown preset naming the allowed ones', () => {
    expect(() => planPost(post, 'post', config, 'cc-by')).toThrow(/preset: "cc-by" is not a preset; expected one of "inherit", "allow"/);
    expect(presetById('cc-by')).toBeUndefined();
  });
});
