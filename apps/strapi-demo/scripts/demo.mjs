// `npm run demo` part for Strapi: builds the admin (cached), boots this app with the plugin on a
// fresh SQLite file, seeds one article per preset, prints the URLs and the admin login.
// With --once: prints what a crawler sees, then stops.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureAdminBuilt } from './admin-build.mjs';
import { appDir, bootStrapi } from './boot.mjs';
import { ADMIN, seed } from './seed.mjs';

const once = process.argv.includes('--once');
const databaseFile = path.join(appDir, '.tmp/demo.db');
rmSync(databaseFile, { force: true });
mkdirSync(path.dirname(databaseFile), { recursive: true });
ensureAdminBuilt();
const preferred = Number(process.env.STRAPI_DEMO_PORT ?? 1337);
const app = await bootStrapi({ databaseFile, admin: true, port: preferred }).catch(async (error) => {
  if (error?.code !== 'EADDRINUSE') throw error;
  return bootStrapi({ databaseFile, admin: true });
});
const seeded = await seed(app.strapi);

console.log(`Strapi with the CC signals plugin: ${app.url}/admin  (login ${ADMIN.email} / ${ADMIN.password})`);
console.log(`  settings: ${app.url}/admin/settings/cc-signals`);
console.log(`  robots.txt: ${app.url}/robots.txt`);
console.log(`  feeds: ${app.url}/api/cc-signals/feeds/articles/rss  (atom, json)`);
console.log(`  a localized note: ${app.url}/api/notes/${seeded.note}?locale=fr`);
for (const article of seeded.articles) {
  const response = await fetch(`${app.url}/api/articles/${article.documentId}`);
  console.log(`  ${article.preset.padEnd(9)} ${app.url}/api/articles/${article.documentId}  Content-Usage: ${response.headers.get('content-usage') ?? '(none)'}`);
}
if (once) {
  console.log(`\n$ curl ${app.url}/robots.txt\n${await (await fetch(`${app.url}/robots.txt`)).text()}`);
  await app.stop();
  process.exit(0);
}
