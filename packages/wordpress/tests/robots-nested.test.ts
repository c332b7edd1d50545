// Hierarchical pages (/parent/child/): robots.txt applies the longest matching rule, so a parent
// page's rule covers its children. A child that keeps the site default under a parent that differs
// must read the default, not the parent's choice, whether it is newer or older than the parent.
import { evaluateRobots, matchTdmrep, parseTdmrepJson, presetById, type Intent } from '@cc-signals/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordPress } from './harness/boot-wordpress.mjs';
import { get } from './support/http';
import { bootSite, expectedPreferences, insertPost, setDefaults, updateSettings } from './support/site';

const intent = (id: string): Intent => presetById(id)!.intent;
const SITE = intent('disallow');
const AGENTS = ['ExampleBot/1.0', 'GPTBot'];

let wp: WordPress;
const links: Record<string, string> = {};

beforeAll(async () => {
  wp = await bootSite();
  await setDefaults(wp, SITE, {});
  await updateSettings(wp, { outputs: { tdmrep: true } });
  await wp.wpCli(`update_option( 'permalink_structure', '/%postname%/' ); flush_rewrite_rules(); return true;`);
  // The older child was published before its parent: the newest-first order meets it first.
  const parent = await insertPost(wp, { post_type: 'page', post_title: 'Parent', post_name: 'parent', post_date: '2026-01-02 10:00:00' }, intent('allow'));
  const child = await insertPost(wp, { post_type: 'page', post_title: 'Child', post_name: 'child', post_parent: parent.id, post_date: '2026-01-03 10:00:00' }, undefined);
  const older = await insertPost(wp, { post_type: 'page', post_title: 'Older', post_name: 'older', post_parent: parent.id, post_date: '2026-01-01 10:00:00' }, undefined);
  const credited = await insertPost(wp, { post_type: 'page', post_title: 'Credited', post_name: 'credited', post_parent: child.id }, intent('cc-cr'));
  const { result } = await wp.wpCli(`return array( 'parent' => get_permalink( ${parent.id} ), 'child' => get_permalink( ${child.id} ), 'older' => get_permalink( ${older.id} ), 'credited' => get_permalink( ${credited.id} ) );`);
  Object.assign(links, result as Record<string, string>);
});

afterAll(async () => { await (wp as WordPress | undefined)?.stop(); });

describe('hierarchical pages', () => {
  it('gives every page its own preferences in robots.txt, the children of a page that differs included', async () => {
    expect(new URL(links.child!).pathname).toBe('/parent/child/');
    const robotsTxt = (await get(`${wp.url}/robots.txt`)).body;
    const own = {
      parent: expectedPreferences(SITE, {}, 'page', intent('allow')),
      child: expectedPreferences(SITE, {}, 'page', { categories: {} }),
      older: expectedPreferences(SITE, {}, 'page', { categories: {} }),
      credited: expectedPreferences(SITE, {}, 'page', intent('cc-cr')),
    };
    for (const agent of AGENTS) {
      for (const [key, preferences] of Object.entries(own)) {
        expect(evaluateRobots(robotsTxt, links[key]!, agent).preferences, `${agent} ${key}`).toEqual(preferences);
      }
    }
  });

  it('tdmrep.json reserves the children that keep the site default', async () => {
    const rules = parseTdmrepJson((await get(`${wp.url}/.well-known/tdmrep.json`)).body);
    expect(matchTdmrep(rules, links.child!)?.reservation).toBe(1);
    expect(matchTdmrep(rules, links.older!)?.reservation).toBe(1);
    expect(matchTdmrep(rules, links.credited!)?.reservation).toBe(1);
  });
});
