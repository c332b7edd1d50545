import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError, presetById } from '@cc-signals/core';
import { loadConfig, parseConfig } from './config.js';

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

  it('names the file that is missing or not JSON', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-ghost-config-'));
    const file = path.join(dir, 'cc-signals-ghost.json');
    expect(() => loadConfig(file)).toThrow(/cannot read .*cc-signals-ghost.json \(ENOENT\)/);
    fs.writeFileSync(file, '{ "siteDefault": ');
    expect(() => loadConfig(file)).toThrow(/cc-signals-ghost.json is not valid JSON/);
  });
});
