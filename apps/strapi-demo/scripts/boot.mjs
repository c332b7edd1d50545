// Boots this Strapi app in the current process: compiled once per process, SQLite in the given
// file, telemetry and update check off, listening on a free port of 127.0.0.1. Used by the
// plugin's tests and by the demo.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromApp = createRequire(path.join(appDir, 'package.json'));
let compiled;

/** A fresh temporary folder for a database file. */
export function freshDatabaseFile() {
  return path.join(mkdtempSync(path.join(tmpdir(), 'cc-signals-strapi-')), 'data.db');
}

function setEnv(databaseFile, extra) {
  Object.assign(process.env, {
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_FILENAME: databaseFile,
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'false',
    CC_SIGNALS_ENABLED: 'true',
    STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'error',
    ...extra,
  });
}

/** Boots the app; see boot.d.mts. */
export async function bootStrapi(options = {}) {
  const databaseFile = options.databaseFile ?? freshDatabaseFile();
  setEnv(databaseFile, options.env ?? {});
  const { compileStrapi, createStrapi } = requireFromApp('@strapi/strapi');
  compiled ??= compileStrapi({ appDir });
  const context = await compiled;
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: options.admin ?? false }).load();
  const queries = [];
  strapi.db.connection.on('query', (query) => queries.push(query.sql));
  strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    queries,
    async stop() {
      await strapi.destroy();
      if (!options.databaseFile) rmSync(path.dirname(databaseFile), { recursive: true, force: true });
    },
  };
}
