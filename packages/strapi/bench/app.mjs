// One Strapi app of the bench, in a process of its own (Strapi keeps a global `strapi`, so two
// cannot share a process): `node --expose-gc bench/app.mjs on|off <entries>`, forked by run.mjs.
// "on" is the demo app with the plugin; "off" is the same app without it (plugin disabled and the
// signal field taken out of the schemas, as Strapi will not boot a field whose plugin is off).
// Both get the same articles (same documentIds), then report their URL over IPC and answer
// memory-sampling requests while run.mjs sends the requests.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ARTICLE = 'api::article.article';
const here = path.dirname(fileURLToPath(import.meta.url));
const demoDir = path.resolve(here, '../../../apps/strapi-demo');
const [mode = 'on', entriesArg = '10000'] = process.argv.slice(2);
const ENTRIES = Number(entriesArg);

/** A copy of the demo app under packages/strapi/.cache/bench/<mode> (git-ignored), sharing its node_modules. */
function prepareApp() {
  const dir = path.resolve(here, '../.cache/bench', mode);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ['config', 'src', 'public', 'database', 'package.json', 'tsconfig.json']) {
    if (existsSync(path.join(demoDir, name))) cpSync(path.join(demoDir, name), path.join(dir, name), { recursive: true });
  }
  symlinkSync(path.join(demoDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  if (mode === 'off') {
    const api = path.join(dir, 'src/api');
    for (const type of readdirSync(api)) {
      const file = path.join(api, type, 'content-types', type, 'schema.json');
      if (!existsSync(file)) continue;
      const schema = JSON.parse(readFileSync(file, 'utf8'));
      schema.attributes = Object.fromEntries(Object.entries(schema.attributes).filter(([, attribute]) => attribute.type !== 'customField'));
      writeFileSync(file, JSON.stringify(schema, null, 2));
    }
  }
  return dir;
}

async function boot(appDir) {
  Object.assign(process.env, {
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_FILENAME: path.join(appDir, '.tmp/bench.db'),
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'false',
    CC_SIGNALS_ENABLED: mode === 'on' ? 'true' : 'false',
    STRAPI_LOG_LEVEL: 'error',
  });
  const { compileStrapi, createStrapi } = createRequire(path.join(appDir, 'package.json'))('@strapi/strapi');
  const strapi = await createStrapi({ ...(await compileStrapi({ appDir })), autoReload: false, serveAdminPanel: false }).load();
  strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { strapi, url: `http://127.0.0.1:${server.address().port}` };
}

/** The same documentId for entry `index` in both apps. */
export const documentIdOf = (index) => `bench${String(index).padStart(19, '0')}`;

/**
 * ENTRIES published articles (a draft row and a published row each, as Strapi 5 keeps them),
 * newest first by index; in "on", every third has a signal of its own and the article type has a
 * default and a feed mapping. Rows are copied from one entry made through the document service and
 * inserted in bulk, so that seeding 10,000 takes seconds.
 */
async function seed(strapi) {
  if (mode === 'on') {
    const feed = { title: 'title', date: 'publishedAt', summary: 'summary' };
    await strapi.plugin('cc-signals').service('settings').update({ siteDefault: 'disallow', contentTypes: { [ARTICLE]: { default: 'cc-cr', feed } } });
  }
  const template = await strapi.documents(ARTICLE).create({ data: { title: 'template', ...(mode === 'on' ? { aiUsage: 'cc-cr-dc' } : {}) }, status: 'published' });
  const rows = await strapi.db.query(ARTICLE).findMany({ where: { documentId: template.documentId } });
  await strapi.documents(ARTICLE).delete({ documentId: template.documentId });
  const published = { ...rows.find((row) => row.publishedAt !== null) };
  delete published.id;
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let from = 0; from < ENTRIES; from += 500) {
    const data = [];
    for (let index = from; index < Math.min(ENTRIES, from + 500); index += 1) {
      const date = new Date(start - index * 60_000);
      const entry = {
        ...published,
        documentId: documentIdOf(index),
        title: `Entry ${index}`,
        slug: `entry-${index}`,
        summary: `What entry ${index} is about, with <markup> & "quotes".`,
        body: 'Some words of the article. '.repeat(20),
        createdAt: date,
        updatedAt: date,
        ...(mode === 'on' ? { aiUsage: index % 3 === 0 ? published.aiUsage : null } : {}),
      };
      data.push({ ...entry, publishedAt: null }, { ...entry, publishedAt: date });
    }
    await strapi.db.query(ARTICLE).createMany({ data });
  }
}

/**
 * Memory while a request is served, between `mem-start` and `mem-stop`, over a GC'd baseline: the
 * peak RSS and heap sampled every 2 ms, and the peak live heap (heap used right after a full GC,
 * taken every 50 ms), which is what the process holds rather than garbage not yet collected.
 */
function memorySampler() {
  let baseline;
  let peak;
  let timers = [];
  const gcNow = () => globalThis.gc?.();
  const sample = () => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
  };
  const live = () => {
    gcNow();
    peak.live = Math.max(peak.live, process.memoryUsage().heapUsed);
  };
  return {
    start() {
      gcNow();
      const now = process.memoryUsage();
      baseline = { rss: now.rss, heapUsed: now.heapUsed };
      peak = { ...baseline, live: now.heapUsed };
      timers = [setInterval(sample, 2), setInterval(live, 50)];
    },
    stop() {
      for (const timer of timers) clearInterval(timer);
      sample();
      return { rss: peak.rss - baseline.rss, heapUsed: peak.heapUsed - baseline.heapUsed, live: peak.live - baseline.heapUsed, baselineRss: baseline.rss };
    },
  };
}

/**
 * The counterfactual: the same 10,000 entries read in one query and the whole RSS document built
 * with core's serializeRss, as a feed that does not stream would; the live heap that holds them.
 */
async function wholeDocument(strapi, appDir) {
  const { serializeRss } = createRequire(path.join(appDir, 'package.json'))('@cc-signals/core');
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const entries = await strapi.documents(ARTICLE).findMany({
    fields: ['documentId', 'title', 'summary', 'publishedAt', 'aiUsage'],
    status: 'published',
    sort: ['publishedAt:desc', 'documentId:asc'],
    limit: ENTRIES,
  });
  const link = (entry) => `http://127.0.0.1/api/articles/${entry.documentId}`;
  const items = entries.map((entry) => ({ title: entry.title, link: link(entry), summary: entry.summary, updated: new Date(entry.publishedAt).toISOString() }));
  const text = serializeRss({ title: 'Article', link: 'http://127.0.0.1/api/articles/', preferences: {}, items });
  globalThis.gc?.();
  const live = process.memoryUsage().heapUsed - before;
  return { bytes: Buffer.byteLength(text), entries: entries.length, live };
}

const appDir = prepareApp();
const { strapi, url } = await boot(appDir);
await seed(strapi);
const sampler = memorySampler();
process.on('message', async (message) => {
  if (message === 'mem-start') {
    sampler.start();
    process.send({ type: 'mem-started' });
  } else if (message === 'mem-stop') {
    process.send({ type: 'mem', memory: sampler.stop() });
  } else if (message === 'whole') {
    process.send({ type: 'whole', whole: await wholeDocument(strapi, appDir) });
  } else if (message === 'stop') {
    await strapi.destroy();
    process.exit(0);
  }
});
process.send({ type: 'ready', url, entries: ENTRIES });
