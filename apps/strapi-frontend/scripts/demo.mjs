// `npm run demo` part for the front end: starts the Strapi demo (apps/strapi-demo, seeded, with
// the plugin), then this front end against it, and prints the front end's URLs. With --once:
// inspects one article through the front end with the CLI, then stops both.
import { execFile, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { appDir, startFrontEnd } from './start.mjs';

const require = createRequire(path.join(appDir, 'package.json'));
const strapiDemo = path.join(path.dirname(require.resolve('@cc-signals/strapi-demo/package.json')), 'scripts/demo.mjs');
const cli = path.join(path.dirname(require.resolve('cc-signals/package.json')), 'dist/bin.js');
const once = process.argv.includes('--once');

/** What to stop on exit (Ctrl-C included), whatever has started by then. */
const running = [];
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
process.once('exit', () => {
  for (const stop of running) stop();
});

/** Runs the Strapi demo (not --once: the front end needs it running); resolves with its URL once it has printed its block. */
function startStrapiDemo() {
  const child = spawn(process.execPath, [strapiDemo], { stdio: ['ignore', 'pipe', 'inherit'] });
  running.push(() => child.kill('SIGTERM'));
  let printed = '';
  return new Promise((resolve, reject) => {
    let quiet;
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      printed += chunk.toString();
      const url = /plugin: (http:\/\/127\.0\.0\.1:\d+)\/admin/.exec(printed)?.[1];
      clearTimeout(quiet);
      // Its block is printed when it has gone quiet for a second.
      if (url) quiet = setTimeout(() => resolve(url), 1000);
    });
    child.once('exit', (code) => reject(new Error(`the Strapi demo exited with ${String(code)}`)));
  });
}

const strapiUrl = await startStrapiDemo();
const preferred = Number(process.env.FRONTEND_DEMO_PORT ?? 3000);
const front = await startFrontEnd(strapiUrl, preferred).catch(() => startFrontEnd(strapiUrl));
running.push(front.stop);

const { data: articles } = await (await fetch(`${strapiUrl}/api/articles?sort=title`)).json();
console.log(`\nNext.js front end (apps/strapi-frontend) for that Strapi: ${front.url}/`);
console.log(`  robots.txt: ${front.url}/robots.txt   feed: ${front.url}/feed.xml`);
for (const article of articles) {
  const page = await fetch(`${front.url}/articles/${article.documentId}`);
  console.log(`  ${front.url}/articles/${article.documentId}  Content-Usage: ${page.headers.get('content-usage') ?? '(none)'}  (${article.title})`);
}
if (once) {
  const url = `${front.url}/articles/${articles[0].documentId}`;
  console.log(`\n$ cc-signals inspect ${url}`);
  console.log((await promisify(execFile)(process.execPath, [cli, 'inspect', url])).stdout.trimEnd());
  process.exit(0);
}
