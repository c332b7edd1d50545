import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { intentToPreferences, parseHtmlHead, presets, readPreferences } from '@cc-signals/core';
import { BLOCK_BEGIN, BLOCK_END, readBlock } from '../src/code-injection.js';
import { defaultConfig } from '../src/config.js';
import { GhostSignals } from '../src/posts.js';
import type { GhostPost } from '../src/plan.js';
import { adminApi, cli, createPost, flakyProxy, ghost, readPost } from './support.js';

const AUTHOR_CODE = '<script>window.author = "keeps <this>";</script>\n<style>.x{color:red}</style>\n';
const signalTags = (post: GhostPost) => (post.tags ?? []).filter((tag) => tag.name.startsWith('#cc-signal-'));
const blockPreferences = (post: GhostPost) => parseHtmlHead(readBlock(post.codeinjection_head) ?? '').preferences;
const RATE = ['--rate', '200'];

function writeConfig(config: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-ghost-')), 'cc-signals-ghost.json');
  fs.writeFileSync(file, JSON.stringify(config));
  return file;
}

describe('set and get, per preset', () => {
  it.each(presets.filter((preset) => preset.id !== 'inherit').map((preset) => [preset.id, preset] as const))(
    '%s: internal tag, one code injection block after the author\'s code, and the public page says it',
    async (id, preset) => {
      const post = await createPost({ tags: ['News'], codeinjection_head: AUTHOR_CODE });
      const result = await cli(['set', post.slug, id, ...RATE]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const after = await readPost(post.id);
      expect(after.tags?.map((tag) => [tag.name, tag.visibility])).toEqual([['News', 'public'], [`#cc-signal-${id}`, 'internal']]);
      expect(after.codeinjection_head?.startsWith(`${AUTHOR_CODE}\n${BLOCK_BEGIN}`)).toBe(true);
      expect(after.codeinjection_head?.endsWith(BLOCK_END)).toBe(true);
      const expected = intentToPreferences(preset.intent);
      expect(blockPreferences(after)).toEqual(expected);

      const page = await fetch(after.url ?? '');
      const read = readPreferences({ url: after.url ?? '', html: await page.text(), headers: page.headers });
      expect(read.preferences).toEqual(expected);

      const got = await cli(['get', post.id, '--json']);
      const report = JSON.parse(got.stdout) as { results: { outcome: string; signal: { preset: string; source: string } }[] };
      expect(report.results[0]).toMatchObject({ outcome: 'unchanged', signal: { preset: id, source: 'post' } });
    },
  );

  it('"inherit" takes the tag and the block away, leaving the author\'s code byte for byte', async () => {
    const post = await createPost({ codeinjection_head: AUTHOR_CODE });
    expect((await cli(['set', post.slug, 'cc-cr', ...RATE])).code).toBe(0);
    expect((await cli(['set', post.slug, 'inherit', ...RATE])).code).toBe(0);
    const after = await readPost(post.id);
    expect(signalTags(after)).toEqual([]);
    expect(after.codeinjection_head).toBe(AUTHOR_CODE);
  });

  it('an unknown preset or post is a clear error and changes nothing', async () => {
    const post = await createPost({ codeinjection_head: AUTHOR_CODE });
    const bad = await cli(['set', post.slug, 'cc-by', ...RATE]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/preset: "cc-by" is not a preset; expected one of "inherit", "allow", "disallow", "cc-cr"/);
    expect((await readPost(post.id)).updated_at).toBe(post.updated_at);
    const missing = await cli(['set', 'no-such-post', 'cc-cr', ...RATE]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/404 NotFoundError/);
    expect(missing.stderr + missing.stdout).not.toContain(ghost().adminKey.split(':')[1]);
  });

  it('a wrong key is refused by Ghost without the key appearing anywhere', async () => {
    const wrong = `${'0'.repeat(24)}:${'1'.repeat(64)}`;
    const result = await cli(['list', ...RATE], { GHOST_ADMIN_API_KEY: wrong });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/401/);
    expect(result.stderr + result.stdout).not.toContain('1'.repeat(64));
  });
});

describe('bulk and sync', () => {
  it('bulk sets a preset on every post an NQL filter matches; --dry-run changes nothing', async () => {
    const posts = await Promise.all([1, 2, 3].map(() => createPost({ tags: ['Bulk batch'] })));
    const other = await createPost({ tags: ['Not in batch'] });
    const dry = await cli(['bulk', '--filter', 'tag:bulk-batch', '--preset', 'cc-cr-dc', '--dry-run', ...RATE]);
    expect(dry.stdout).toMatch(/0 updated, 3 would-update, 0 unchanged, 0 failed/);
    for (const post of posts) expect((await readPost(post.id)).updated_at).toBe(post.updated_at);
    const done = await cli(['bulk', '--filter', 'tag:bulk-batch', '--preset', 'cc-cr-dc', ...RATE]);
    expect(done.stdout).toMatch(/3 updated, 0 would-update, 0 unchanged, 0 failed/);
    for (const post of posts) {
      const after = await readPost(post.id);
      expect(signalTags(after).map((tag) => tag.name)).toEqual(['#cc-signal-cc-cr-dc']);
      expect(blockPreferences(after)).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr-dc' } });
    }
    expect((await readPost(other.id)).updated_at).toBe(other.updated_at);
    expect((await cli(['bulk', '--filter', 'tag:bulk-batch', '--preset', 'cc-cr-dc', ...RATE])).stdout).toMatch(/0 updated, 0 would-update, 3 unchanged/);
  });

  it('sync applies site, type and tag defaults; reports conflicts, unknown tags and broken markers, changing none of those posts', async () => {
    const config = writeConfig({ siteDefault: 'disallow', tags: { 'sync-news': 'cc-cr' } });
    const plain = await createPost({ tags: ['Sync batch'] });
    const news = await createPost({ tags: ['Sync batch', 'Sync news'] });
    const conflict = await createPost({ tags: ['Sync batch', '#cc-signal-allow', '#cc-signal-cc-cr-ec'] });
    const typo = await createPost({ tags: ['Sync batch', '#cc-signal-typo'], codeinjection_head: AUTHOR_CODE });
    const broken = await createPost({ tags: ['Sync batch'], codeinjection_head: `${AUTHOR_CODE}${BLOCK_BEGIN}\n` });
    const result = await cli(['sync', '--type', 'post', '--filter', 'tag:sync-batch', '--config', config, ...RATE]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/3 updated, 0 would-update, 0 unchanged, 2 failed/);
    expect(blockPreferences(await readPost(plain.id))).toEqual({ 'train-ai': { preference: 'disallowed' } });
    expect(blockPreferences(await readPost(news.id))).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } });
    expect(blockPreferences(await readPost(conflict.id))).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr-ec' } });
    expect(result.stdout).toMatch(/warning: conflicting signal tags #cc-signal-allow, #cc-signal-cc-cr-ec: resolved to the most restrictive/);
    expect(result.stderr).toMatch(/"#cc-signal-typo" names no preset/);
    expect(result.stderr).toMatch(/found 1 cc-signals begin and 0 end markers/);
    for (const post of [typo, broken]) expect(await readPost(post.id)).toMatchObject({ updated_at: post.updated_at, codeinjection_head: post.codeinjection_head });
  });

  it('a malformed config is a clear error naming the field', async () => {
    const result = await cli(['sync', '--config', writeConfig({ postTypes: { page: 'sometimes' } })]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/postTypes.page: "sometimes" is not a preset; expected one of "inherit"/);
  });
});

describe('consistency', () => {
  it('an edit that collides with someone else\'s is read again and retried, keeping their change', async () => {
    const post = await createPost({ codeinjection_head: AUTHOR_CODE });
    // Ghost's updated_at has whole seconds: an edit within the same second cannot be told apart.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await adminApi().posts.edit({ id: post.id, updated_at: post.updated_at, title: 'Edited meanwhile' });
    // The stale copy really collides: Ghost refuses an edit carrying the old updated_at.
    await expect(adminApi().posts.edit({ id: post.id, updated_at: post.updated_at, title: 'Stale' })).rejects.toMatchObject({ type: 'UpdateCollisionError', status: 409 });
    const signals = new GhostSignals(adminApi(), defaultConfig);
    const result = await signals.apply('post', post, 'cc-cr-op');
    expect(result.outcome).toBe('updated');
    const after = await readPost(post.id);
    expect(after.title).toBe('Edited meanwhile');
    expect(signalTags(after).map((tag) => tag.name)).toEqual(['#cc-signal-cc-cr-op']);
  });

  it('a network failure halfway through bulk leaves each post unchanged or fully updated, and a rerun completes it', async () => {
    const posts = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createPost({ tags: ['Flaky batch'], codeinjection_head: AUTHOR_CODE })));
    // Request 1 lists the posts, 2 and 3 edit two of them, 4 edits a third but its answer is lost.
    const proxy = await flakyProxy(ghost().url, 4);
    try {
      const args = ['bulk', '--filter', 'tag:flaky-batch', '--preset', 'cc-cr', ...RATE];
      const first = await cli(args, { GHOST_URL: proxy.url });
      expect(first.code).toBe(1);
      expect(first.stderr).toMatch(/stopped: .*network error.*run the same command again to finish/);
      const states = await Promise.all(posts.map(async (post) => readPost(post.id)));
      for (const state of states) {
        const tagged = signalTags(state).length === 1;
        if (!tagged) expect(state.codeinjection_head).toBe(AUTHOR_CODE);
        expect(blockPreferences(state)).toEqual(tagged ? { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } } : {});
        expect(state.codeinjection_head?.startsWith(AUTHOR_CODE)).toBe(true);
      }
      expect(states.filter((state) => signalTags(state).length === 1)).toHaveLength(3);
      proxy.heal();
      const second = await cli(args, { GHOST_URL: proxy.url });
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/3 updated, 0 would-update, 3 unchanged, 0 failed/);
    } finally {
      await proxy.close();
    }
  });
});

describe('doctor', () => {
  it('reads the public pages as a crawler would and flags a post whose page says something else', async () => {
    const posts = await Promise.all([1, 2].map(() => createPost({ tags: ['Doctor batch'], codeinjection_head: AUTHOR_CODE })));
    for (const post of posts) expect((await cli(['set', post.slug, 'cc-cr-dc', ...RATE])).code).toBe(0);
    const good = await cli(['doctor', '--type', 'post', '--filter', 'tag:doctor-batch', ...RATE]);
    expect(good.stdout).toMatch(/2 ok, 0 mismatched/);
    expect(good.code).toBe(0);
    // Someone pastes an older block by hand: the page now says cc-cr while the tag says cc-cr-dc.
    const [first] = posts;
    const current = await readPost(first!.id);
    const tampered = (current.codeinjection_head ?? '').replace('exceptions=cc-cr-dc', 'exceptions=cc-cr');
    await adminApi().posts.edit({ id: current.id, updated_at: current.updated_at, codeinjection_head: tampered });
    const bad = await cli(['doctor', '--type', 'post', '--filter', 'tag:doctor-batch', '--json', ...RATE]);
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout) as { pages: { url: string; ok: boolean; expected: string; emitted: string }[] };
    expect(report.pages.find((page) => page.url === current.url)).toMatchObject({ ok: false, expected: 'train-ai=n;exceptions=cc-cr-dc', emitted: 'train-ai=n;exceptions=cc-cr' });
  });
});
