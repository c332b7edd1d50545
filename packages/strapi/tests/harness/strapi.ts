/**
 * Boots the real Strapi app of apps/strapi-demo inside the test process:
 * compiled once per process, a fresh SQLite file per boot, telemetry and the
 * update check off, listening on a free port of 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../apps/strapi-demo');
const requireFromApp = createRequire(path.join(appDir, 'package.json'));

/** The part of a Strapi instance the tests use (typed loosely: Strapi's own types are for its apps). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Strapi = any;

export interface BootedStrapi {
  readonly strapi: Strapi;
  readonly url: string;
  /** Every SQL statement run since the last `queries.length = 0`. */
  readonly queries: string[];
  stop(): Promise<void>;
}

export interface BootOptions {
  /** Reuse this database file (to boot the same data again); a fresh one otherwise. */
  readonly databaseFile?: string;
  readonly env?: Record<string, string>;
  /** Serve the admin panel (built by ensureAdminBuilt). */
  readonly admin?: boolean;
}

let compiled: Promise<unknown> | undefined;

function setEnv(databaseFile: string, extra: Record<string, string>) {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_FILENAME: databaseFile,
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_HIDE_STARTUP_MESSAGE: 'true',
    BROWSER: 'false',
    CC_SIGNALS_ENABLED: 'true',
    STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'error',
    ...extra,
  });
}

/** A fresh temporary folder for a database file. */
export function freshDatabaseFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'cc-signals-strapi-')), 'data.db');
}

export async function bootStrapi(options: BootOptions = {}): Promise<BootedStrapi> {
  const databaseFile = options.databaseFile ?? freshDatabaseFile();
  setEnv(databaseFile, options.env ?? {});
  const { compileStrapi, createStrapi } = requireFromApp('@strapi/strapi') as {
    compileStrapi: (options: { appDir: string }) => Promise<{ appDir: string; distDir: string }>;
    createStrapi: (options: Record<string, unknown>) => Strapi;
  };
  compiled ??= compileStrapi({ appDir });
  const context = (await compiled) as { appDir: string; distDir: string };
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: options.admin ?? false }).load();
  strapi.log.level = 'error';
  const queries: string[] = [];
  strapi.db.connection.on('query', (query: { sql: string }) => queries.push(query.sql));
  strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
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
