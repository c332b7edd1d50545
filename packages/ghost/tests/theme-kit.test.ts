import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { intentToPreferences, parseDeclarationHtml, parseFeed, presetById, serializeContentUsage } from '@cc-signals/core';
import { parseConfig } from '../src/config.js';
import { GhostSignals } from '../src/posts.js';
import { RawAdminClient } from '../src/theme-kit/staff.js';
import { adminApi, cli, createPost, ghost } from './support.js';

const SETTINGS = { siteDefault: 'disallow', postTypes: { page: 'allow' } };
const config = parseConfig(SETTINGS);
const PRESETS = ['allow', 'cc-cr', 'cc-cr-dc', 'cc-cr-ec', 'cc-cr-op'];

type Item = { link?: string; 'ccs:content-usage'?: string };
type Channel = { 'ccs:content-usage'?: string };

describe('the theme kit on a real Ghost', () => {
  const urls = new Map<string, string>();
  let configFile: string;

  beforeAll(async () => {
    configFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-ghost-kit-')), 'cc-signals-ghost.json');
    fs.writeFileSync(configFile, JSON.stringify(SETTINGS));
    for (const id of PRESETS) {
      const post = await createPost({ tags: ['Kit'], title: `Kit ${id}` });
      await new GhostSignals(adminApi(), config).apply('post', post, id);
      urls.set(id, post.url ?? '');
    }
    urls.set('none', (await createPost({ title: 'Kit no tag' })).url ?? '');
    urls.set('page', (await createPost({ title: 'Kit page', page: true })).url ?? '');
  });

  it('without staff credentials it needs the theme zip, installs it, and says routes.yaml needs staff and how to add it', async () => {
    const refused = await cli(['install-theme-kit', '--config', configFile]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/needs staff credentials \(integration keys cannot list or download themes\)/);
    const staff = new RawAdminClient(ghost().url, { email: ghost().owner.email, password: ghost().owner.password });
    const zip = path.join(path.dirname(configFile), 'source.zip');
    fs.writeFileSync(zip, new Uint8Array(await (await staff.request('GET', 'themes/source/download/')).arrayBuffer()));
    const result = await cli(['install-theme-kit', '--config', configFile, '--insert-partial', '--theme-zip', zip]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/installed the theme kit into source-cc-signals \(from source\)/);
    expect(result.stdout).toMatch(/\{\{> "cc-signals"\}\} added to post.hbs, page.hbs/);
    expect(result.stderr).toMatch(/Ghost lets only staff upload it, not integrations[\s\S]*template: cc-signals-rss/);
  });

  it('with a staff session adds the feed route; the feed carries channel and item signals (rss-parser and core)', async () => {
    const result = await cli(['install-theme-kit', '--config', configFile, '--json'], {
      GHOST_STAFF_EMAIL: ghost().owner.email,
      GHOST_STAFF_PASSWORD: ghost().owner.password,
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ theme: 'source-cc-signals', installedAs: 'source-cc-signals', routes: 'added' });

    const text = await (await fetch(`${ghost().url}/rss/`)).text();
    const parser = new Parser<Channel, Item>({ customFields: { feed: ['ccs:content-usage'], item: ['ccs:content-usage'] } });
    const feed = await parser.parseString(text);
    expect(feed['ccs:content-usage']).toBe('train-ai=n');
    const byLink = new Map(feed.items.map((item) => [item.link, item['ccs:content-usage']]));
    // core's siteFeed: an item states its own signal only where it differs from the channel's
    for (const id of PRESETS) {
      const own = serializeContentUsage(intentToPreferences(presetById(id)!.intent));
      expect(byLink.get(urls.get(id)), id).toBe(own === 'train-ai=n' ? undefined : own);
    }
    expect(byLink.get(urls.get('none'))).toBeUndefined();

    const parsed = parseFeed(text);
    expect(parsed.format).toBe('rss');
    expect(parsed.channel).toEqual({ 'train-ai': { preference: 'disallowed' } });
    const item = parsed.items.find((candidate) => candidate.link === urls.get('cc-cr-ec'));
    expect(item).toMatchObject({ own: true, preferences: { 'train-ai': { preference: 'disallowed', exception: 'cc-cr-ec' } } });
    expect(parsed.items.find((candidate) => candidate.link === urls.get('none'))).toMatchObject({ own: false, preferences: parsed.channel });

    expect((await cli(['install-theme-kit', '--config', configFile, '--json'], { GHOST_STAFF_EMAIL: ghost().owner.email, GHOST_STAFF_PASSWORD: ghost().owner.password })).stdout).toMatch(/"routes": "present"/);
  });

  it('a staff access token works in place of a session (theme download and routes.yaml)', async () => {
    const staff = new RawAdminClient(ghost().url, { email: ghost().owner.email, password: ghost().owner.password });
    const { apiKey } = (await (await staff.request('GET', 'users/me/token/')).json()) as { apiKey: { id: string; secret: string } };
    const token = apiKey.secret.includes(':') ? apiKey.secret : `${apiKey.id}:${apiKey.secret}`;
    const result = await cli(['install-theme-kit', '--config', configFile, '--json'], { GHOST_STAFF_ACCESS_TOKEN: token });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ theme: 'source-cc-signals', routes: 'present' });
    expect(result.stdout + result.stderr).not.toContain(token.split(':')[1]);
  });

  it('post and page templates show the declaration of their resolved signal', async () => {
    for (const [id, expected] of [
      ['cc-cr-op', intentToPreferences(presetById('cc-cr-op')!.intent)],
      ['none', intentToPreferences(presetById('disallow')!.intent)],
      ['page', intentToPreferences(presetById('allow')!.intent)],
    ] as const) {
      const html = await (await fetch(urls.get(id)!)).text();
      expect(parseDeclarationHtml(html), id).toEqual(expected);
    }
  });

  it('a wrong staff password is a clear error and changes nothing', async () => {
    const result = await cli(['install-theme-kit', '--config', configFile], { GHOST_STAFF_EMAIL: ghost().owner.email, GHOST_STAFF_PASSWORD: 'wrong-password' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/POST \/ghost\/api\/admin\/session\/: (401|403|422|429)/);
  });
});
