// The plugin adds no database query to what a visitor or crawler requests:
// the same seeded site, plugin active and inactive, compared request by request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordPress } from './harness/boot-wordpress.mjs';
import { bootSite, insertPost, presetIntent, setDefaults } from './support/site';

const sites: Record<'active' | 'inactive', WordPress | undefined> = { active: undefined, inactive: undefined };

async function seeded(active: boolean): Promise<WordPress> {
  const wp = await bootSite({ active, countQueries: true });
  await setDefaults(wp, presetIntent('disallow'), { page: presetIntent('allow') });
  const presets = ['inherit', 'cc-cr', 'allow', 'cc-cr-op'];
  for (const [index, preset] of presets.entries()) {
    await insertPost(wp, { post_title: `Post ${preset}`, post_name: `post-${preset}`, post_date: `2026-02-0${index + 1} 10:00:00` }, presetIntent(preset));
  }
  return wp;
}

async function queries(wp: WordPress, path: string): Promise<number> {
  await (await fetch(wp.url + path)).arrayBuffer();
  const response = await fetch(wp.url + path);
  await response.arrayBuffer();
  expect(response.status).toBe(200);
  return Number(response.headers.get('x-queries'));
}

beforeAll(async () => {
  sites.inactive = await seeded(false);
  sites.active = await seeded(true);
});
afterAll(async () => {
  for (const wp of Object.values(sites)) await wp?.stop();
});

describe('database queries, plugin active vs inactive', () => {
  it.each(['/post-cc-cr/', '/', '/category/uncategorized/', '/feed/', '/feed/atom/'])('%s', async (path) => {
    const inactive = await queries(sites.inactive!, path);
    expect(inactive).toBeGreaterThan(0);
    expect(await queries(sites.active!, path)).toBe(inactive);
  });
});
