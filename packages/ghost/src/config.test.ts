import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError, presetById } from '@cc-signals/core';
import { resolveSection } from '@cc-signals/core/site';
import { loadConfig, parseConfig } from './config.js';
import { ghostSite } from './mapping.js';

describe('config', () => {
  it('reads presets and intents for every layer, and outputs', () => {
    const config = parseConfig({
      url: 'https://blog.example/',
      siteDefault: 'disallow',
      postTypes: { post: 'cc-cr', page: { categories: { 'train-ai': { choice: 'allow' } } } },
      tags: { news: 'inherit' },
      outputs: { contentSignal: true, rslLicenseUrl: 'https://blog.example/license.xml' },
    });
    expect(config.url).toBe('https://blog.example');
    expect(config.siteDefault).toEqual(presetById('disallow')?.intent);
    expect(config.postTypes.page).toEqual(presetById('allow')?.intent);
    expect(config.tags.news).toEqual({ categories: {} });
    expect(config.outputs).toEqual({ contentSignal: true, rslLicenseUrl: 'https://blog.example/license.xml' });
  });

  it.each([
    [{ siteDefault: 'cc-by' }, 'siteDefault', /"cc-by" is not a preset; expected one of "inherit"/],
    [{ postTypes: { tag: 'allow' } }, 'postTypes.tag', /unknown key "tag"/],
    [{ postTypes: { page: { categories: { 'train-ai': { choice: 'maybe' } } } } }, 'postTypes.page.categories.train-ai.choice', /"maybe" is not allowed/],
    [{ tags: { 'Not A Slug': 'allow' } }, 'tags', /not a tag slug/],
    [{ outputs: { noai: 'yes' } }, 'outputs.noai', /expected true or false/],
    [{ outputs: { robots: true } }, 'outputs.robots', /unknown key "robots"/],
    [{ colour: 'blue' }, 'config.colour', /unknown key/],
    [[], 'config', /expected an object/],
  ])('rejects %j naming %s', (input, field, message) => {
    try {
      parseConfig(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe(field);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('selects the vocabulary and transition labels for every output, validating choices against every shipped vocabulary', () => {
    const aiUse = { categories: { 'ai-use': { choice: 'disallow' }, 'train-ai': { choice: 'allow' } } };
    const draft08 = parseConfig({ siteDefault: aiUse, outputs: { vocabulary: 'draft-ietf-aipref-vocab-08', transitionLabels: true } });
    expect(draft08.outputs).toEqual({ vocabulary: 'draft-ietf-aipref-vocab-08', transitionLabels: true });
    expect(resolveSection(ghostSite(draft08)).preferences).toEqual({ 'train-ai': { preference: 'allowed' }, 'ai-use': { preference: 'disallowed' } });
    // Back on -07 (the default) the stored ai-use default is kept, not written.
    const draft07 = parseConfig({ siteDefault: aiUse });
    expect(draft07.siteDefault.categories['ai-use']).toEqual({ choice: 'disallow' });
    expect(resolveSection(ghostSite(draft07)).preferences).toEqual({ 'train-ai': { preference: 'allowed' } });
  });

  it.each([
    [{ outputs: { vocabulary: 'draft-09' } }, 'outputs.vocabulary', /"draft-09" is not allowed; expected one of "draft-ietf-aipref-vocab-07", "draft-ietf-aipref-vocab-08"/],
    [{ outputs: { transitionLabels: 'yes' } }, 'outputs.transitionLabels', /expected true or false/],
    [{ siteDefault: { categories: { 'ai-training': { choice: 'allow' } } } }, 'siteDefault.categories', /"ai-training" is not allowed; expected one of "train-ai", "search", "ai-use"/],
  ])('rejects %j naming %s', (input, field, message) => {
    expect(() => parseConfig(input)).toThrow(message);
    try {
      parseConfig(input);
    } catch (error) {
      expect((error as ValidationError).field).toBe(field);
    }
  });

  it('names the file that is missing or not JSON', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-ghost-config-'));
    const file = path.join(dir, 'cc-signals-ghost.json');
    expect(() => loadConfig(file)).toThrow(/cannot read .*cc-signals-ghost.json \(ENOENT\)/);
    fs.writeFileSync(file, '{ "siteDefault": ');
    expect(() => loadConfig(file)).toThrow(/cc-signals-ghost.json is not valid JSON/);
  });
});
