// demo.mjs — a real Ghost 6 with seeded posts (one per preset), the theme kit active, and the header
// proxy (with webhooks) in front. Prints the URLs and the staff login. `--once`: print, then stop.
// Run after `pnpm build` (it imports the built package); `npm run demo` does both.
import { presets } from '@cc-signals/core';
import { GhostSignals, createAdminApi, installThemeKit, parseConfig, registerWebhooks, startProxy } from '../dist/index.js';
import { bootGhost } from '../tests/harness/boot-ghost.mjs';

const once = process.argv.includes('--once');
const config = parseConfig({ siteDefault: 'disallow', postTypes: { page: 'allow' }, outputs: { contentSignal: true } });
const WEBHOOK_SECRET = 'cc-signals-demo-webhook-secret';

const ghost = await bootGhost();
const api = createAdminApi({ url: ghost.url, key: ghost.adminKey, requestsPerSecond: 100 });
const signals = new GhostSignals(api, config);
const seeded = [];
for (const preset of presets.filter((p) => p.id !== 'inherit')) {
  const post = await api.posts.add(
    { title: preset.title, status: 'published', html: `<p>${preset.description}</p>`, tags: [{ name: 'Demo' }] },
    { source: 'html' },
  );
  await signals.apply('post', await signals.read('post', post.id), preset.id);
  seeded.push({ preset: preset.id, path: new URL(post.url).pathname });
}
const staff = { email: ghost.owner.email, password: ghost.owner.password };
await installThemeKit({ url: ghost.url, adminKey: ghost.adminKey, staff, insertPartial: true }, config);
const proxy = await startProxy({ signals, config, upstream: ghost.url, webhook: { secret: WEBHOOK_SECRET } });
await registerWebhooks(api, `${proxy.webhookUrl}/`, WEBHOOK_SECRET);

console.log(`Ghost 6:        ${ghost.url}/  (admin: ${ghost.url}/ghost/, login ${ghost.owner.email} / ${ghost.owner.password})`);
console.log(`Header proxy:   ${proxy.url}/  (robots.txt: ${proxy.url}/robots.txt, feed: ${proxy.url}/rss/)`);
for (const post of seeded) console.log(`  ${proxy.url}${post.path}  (#cc-signal-${post.preset})`);
console.log(`Try: pnpm -s cc-signals inspect ${proxy.url}${seeded[0]?.path ?? '/'}`);

const stop = async () => {
  await proxy.close();
  await ghost.stop();
};
if (once) await stop();
else {
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(0)));
}
