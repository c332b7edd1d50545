// robots.txt and tdmrep.json on every permalink layout, with other plugins' named groups:
// one rule per path (the front page for exactly its URL, query-string URLs left to the page),
// and the rules in every group a crawler may select (RFC 9309).
import { evaluateRobots, parseContentUsage, parseRobotsTxt, parseTdmrepJson, presetById, type Intent, type Preferences } from '@cc-signals/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordPress } from './harness/boot-wordpress.mjs';
import { get } from './support/http';
import { bootSite, expectedPreferences, insertPost, phpJson, intentJson, setDefaults, updateSettings } from './support/site';

const intent = (id: string): Intent => presetById(id)!.intent;
const SITE = intent('disallow');
const STRUCTURES = { plain: '', 'day and name': '/%year%/%monthnum%/%day%/%postname%/', 'post name': '/%postname%/' };
const AGENTS = ['ExampleBot/1.0', 'GPTBot', 'CCBot', 'Google-Extended'];

let wp: WordPress;
const ids: Record<string, number> = {};
const intents: Record<string, Intent> = { open: intent('allow'), same: { categories: {} }, front: intent('cc-cr'), photo: intent('allow') };
const types: Record<string, string> = { open: 'post', same: 'post', front: 'page', photo: 'attachment' };
const expected = (key: string): Preferences => expectedPreferences(SITE, {}, types[key]!, intents[key]!);

beforeAll(async () => {
  wp = await bootSite({ fixtures: ['robots-groups'] });
  await setDefaults(wp, SITE, {});
  await updateSettings(wp, { outputs: { tdmrep: true } });
  ids.open = (await insertPost(wp, { post_title: 'Open', post_name: 'open' }, intents.open)).id;
  ids.same = (await insertPost(wp, { post_title: 'Same', post_name: 'same' }, undefined)).id;
  ids.front = (await insertPost(wp, { post_type: 'page', post_title: 'Home', post_name: 'home' }, intents.front)).id;
  const { result } = await wp.wpCli(`update_option( 'show_on_front', 'page' );
update_option( 'page_on_front', ${ids.front} );
update_option( 'wp_attachment_pages_enabled', 0 );
$id = wp_insert_attachment( array( 'post_title' => 'Pic', 'post_name' => 'pic', 'post_mime_type' => 'image/png', 'post_status' => 'inherit' ) );
update_post_meta( $id, '_wp_attached_file', '2026/01/pic.png' );
update_post_meta( $id, '_cc_signals', ${phpJson(intentJson(intents.photo!))} );
return $id;`);
  ids.photo = result as number;
});

afterAll(async () => { await (wp as WordPress | undefined)?.stop(); });

async function urls(): Promise<Record<string, string>> {
  const { result } = await wp.wpCli(`return array(
  'open' => get_permalink( ${ids.open} ), 'same' => get_permalink( ${ids.same} ),
  'front' => get_permalink( ${ids.front} ), 'photo' => wp_get_attachment_url( ${ids.photo} ) );`);
  return result as Record<string, string>;
}

describe.each(Object.entries(STRUCTURES))('permalinks: %s', (_name, structure) => {
  let robotsTxt = '';
  let links: Record<string, string> = {};
  beforeAll(async () => {
    await wp.wpCli(`update_option( 'permalink_structure', ${JSON.stringify(structure)} ); flush_rewrite_rules(); return true;`);
    links = await urls();
    const response = await get(`${wp.url}/robots.txt`);
    expect(response.status).toBe(200);
    robotsTxt = response.body;
  });

  it('has one Content-Usage rule per path in every group, and every group has the rules', () => {
    const groups = parseRobotsTxt(robotsTxt).groups;
    expect(groups.map((group) => group.userAgents.join(','))).toEqual(['GPTBot', '*', 'CCBot', 'Google-Extended']);
    for (const group of groups) {
      const paths = group.contentUsage.map((rule) => rule.path ?? '/');
      expect(new Set(paths).size, `${group.userAgents.join(',')}: ${paths.join(' ')}`).toBe(paths.length);
      expect(paths, group.userAgents.join(',')).toContain('/');
    }
  });

  it('gives the front page its own choice for exactly its URL, and the site default elsewhere', () => {
    expect(new URL(links.front!).pathname).toBe('/');
    for (const agent of AGENTS) {
      expect(evaluateRobots(robotsTxt, links.front!, agent).preferences, agent).toEqual(expected('front'));
      expect(evaluateRobots(robotsTxt, `${wp.url}/?s=x`, agent).preferences, agent).toEqual(expectedPreferences(SITE, {}, 'post', { categories: {} }));
    }
  });

  it('gives each post and the media file its preferences, or leaves a query-string URL to the page', async () => {
    for (const key of ['open', 'same', 'photo']) {
      const query = new URL(links[key]!).search !== '';
      for (const agent of AGENTS) {
        const evaluation = evaluateRobots(robotsTxt, links[key]!, agent).preferences;
        expect(evaluation, `${key} ${agent}`).toEqual(query ? expectedPreferences(SITE, {}, 'post', { categories: {} }) : expected(key));
      }
      if (query) {
        const page = await get(links[key]!);
        expect(parseContentUsage(page.headers.get('content-usage') ?? '').preferences, key).toEqual(expected(key));
      }
    }
  });

  it('tdmrep.json has one rule per location', async () => {
    const rules = parseTdmrepJson((await get(`${wp.url}/.well-known/tdmrep.json`)).body);
    const locations = rules.map((rule) => rule.location);
    expect(new Set(locations).size, locations.join(' ')).toBe(locations.length);
  });
});
