// The adapter contract (@cc-signals/core/testing): a real Ghost, set up through this package's own
// CLI (signal tags and code injection per post, the theme kit with its feed route) and served
// through the proxy, read back over HTTP as a crawler does: header, head tags, robots.txt, the feed
// and tdmrep.json, each checked against core's site module.
//
// It boots its own Ghost (the shared one of global-setup.ts answers on its own port): this one is
// configured with the proxy's address as its public URL, as a site behind the proxy is, so the
// links in its feed and its Admin's origin check are the proxy's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { presetOf } from '@cc-signals/core';
import { testAdapter } from '@cc-signals/core/testing';
import { createAdminApi } from '../src/admin.js';
import { run } from '../src/cli.js';
import { parseConfig } from '../src/config.js';
import type { GhostPost } from '../src/plan.js';
import { GhostSignals } from '../src/posts.js';
import { startProxy, type RunningProxy } from '../src/proxy/index.js';
import { bootGhost, freePort, type BootedGhost } from './harness/boot-ghost.mjs';

interface GhostBehindProxy {
  readonly url: string;
  readonly port: number;
  readonly ghost: BootedGhost;
  proxy?: RunningProxy;
  stop(): Promise<void>;
}

async function cli(site: GhostBehindProxy, args: readonly string[], env: Record<string, string> = {}): Promise<string> {
  let out = '';
  let err = '';
  const code = await run([...args, '--url', site.url], {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    env: { GHOST_ADMIN_API_KEY: site.ghost.adminKey, ...env },
  });
  if (code !== 0) throw new Error(`cc-signals-ghost ${args.join(' ')} exited ${code}: ${err}`);
  return out;
}

testAdapter<GhostBehindProxy>({
  name: 'Ghost 6 (tags, code injection, theme kit, proxy)',
  sections: ['post', 'page'],
  async boot() {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const ghost = await bootGhost({ publicUrl: url });
    const site: GhostBehindProxy = {
      url, port, ghost,
      async stop() {
        await site.proxy?.close();
        await ghost.stop();
      },
    };
    return site;
  },
  async seed(site, plan) {
    const json = { siteDefault: plan.intent, postTypes: plan.sections, outputs: plan.options };
    const configFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-signals-ghost-contract-')), 'cc-signals-ghost.json');
    fs.writeFileSync(configFile, JSON.stringify(json));
    const config = parseConfig(json);
    const api = createAdminApi({ url: site.ghost.url, key: site.ghost.adminKey, requestsPerSecond: 1000, backoffMs: 50 });
    // The proxy takes the address Ghost's public URL names, before any request goes there.
    site.proxy = await startProxy({ signals: new GhostSignals(api, config), config, upstream: site.ghost.url, port: site.port, refreshSeconds: 3600 });
    const items: Record<string, { id: string; url: string }> = {};
    for (const item of plan.items) {
      const resource = item.section === 'page' ? api.pages : api.posts;
      const added = (await resource.add(
        { title: item.title, slug: item.slug, status: 'published', published_at: item.published, html: '<p>Plain words, no links.</p>' },
        { source: 'html' },
      )) as GhostPost;
      const preset = Object.keys(item.intent.categories).length === 0 ? 'inherit' : presetOf(item.intent)?.id;
      if (preset === undefined) throw new Error(`no preset states the plan's intent for ${item.key}`);
      // What an author does: the signal tag (and its head tags in code injection) through the CLI.
      await cli(site, ['set', added.slug, preset, '--type', item.section, '--config', configFile]);
      items[item.key] = { id: added.id, url: added.url ?? '' };
    }
    await cli(site, ['install-theme-kit', '--config', configFile, '--json'], {
      GHOST_STAFF_EMAIL: site.ghost.owner.email,
      GHOST_STAFF_PASSWORD: site.ghost.owner.password,
    });
    await site.proxy.map.refresh();
    return { sections: { post: {}, page: {} }, items, feeds: [{ url: `${site.url}/rss/` }] };
  },
});
