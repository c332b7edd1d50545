import { execFile, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { posts } from './content.js';
import { startSite } from './server.js';

const run = promisify(execFile);
const cliBin = join(dirname(createRequire(import.meta.url).resolve('cc-signals/package.json')), 'dist/bin.js');
const once = process.argv.includes('--once');
const port = Number(process.env.DEMO_PORT ?? 4321);

const site = await startSite(port).catch(async () => startSite(0));
console.log(`Sample site: ${site.origin}/  (robots.txt, feed.xml, atom.xml, feed.json, .well-known/tdmrep.json)`);
for (const path of ['/', `/posts/credit/`, `/notes/quick-note/`]) {
  console.log(`\n$ cc-signals inspect ${site.origin}${path}`);
  const { stdout } = await run(process.execPath, [cliBin, 'inspect', `${site.origin}${path}`]);
  console.log(stdout.trimEnd());
}
console.log(`\nPosts:\n${posts.map((post) => `  ${site.origin}/${post.section}/${post.slug}/  (${post.preset})`).join('\n')}`);
if (once) await site.close();

// Each CMS adapter brings its own demo script: a real site with the plugin and seeded posts.
const adapterDemo = (name: string) => join(dirname(createRequire(import.meta.url).resolve(`${name}/package.json`)), 'scripts/demo.mjs');
const demos: [string, string][] = [
  ['@cc-signals/wordpress', adapterDemo('@cc-signals/wordpress')],
  // Strapi is headless: the front end's demo starts the Strapi demo, then the Next.js front end against it.
  ['@cc-signals/strapi-demo + apps/strapi-frontend', fileURLToPath(new URL('../../strapi-frontend/scripts/demo.mjs', import.meta.url))],
  ['@cc-signals/ghost', adapterDemo('@cc-signals/ghost')],
];
for (const [adapter, script] of demos) {
  console.log(`\n== ${adapter}`);
  const child = spawn(process.execPath, [script, ...(once ? ['--once'] : [])], { stdio: 'inherit' });
  if (once) await new Promise((resolve) => child.once('exit', resolve));
}
if (!once) console.log('\nServing until Ctrl-C.');
