// boot-ghost.mjs — boot a real Ghost 6 (SQLite) on 127.0.0.1 on a free port, with an owner and an integration.
// Usage: const ghost = await bootGhost(); ghost.url, ghost.adminKey, ghost.owner, ghost.adminFetch(path, init),
//        await ghost.stop()
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureGhost, node22BinDir } from './install-ghost.mjs';

export const OWNER = { name: 'Site Owner', email: 'owner@example.org', password: 'Tqz-ccsig-7Fw2-Lmv9' };

/** A port nothing listens on now, on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Every address Ghost would call out to points at the discard port of 127.0.0.1: nothing leaves the machine.
const OFFLINE = 'http://127.0.0.1:9/';

function ghostConfig(url, port, siteDir) {
  return {
    url,
    server: { host: '127.0.0.1', port },
    database: { client: 'better-sqlite3', connection: { filename: path.join(siteDir, 'content/data/ghost.db') } },
    mail: { transport: 'stub' },
    logging: { level: 'warn', transports: ['stdout'] },
    paths: { contentPath: path.join(siteDir, 'content') },
    // useTinfoil turns off every privacy-flagged call: IndexNow ping, update check, Gravatar.
    privacy: { useTinfoil: true },
    updateCheck: { url: OFFLINE },
    explore: { update_url: OFFLINE, testimonials_url: OFFLINE },
    security: { staffDeviceVerification: false, allowWebhookInternalIPs: true },
    spam: { user_login: { minWait: 1, maxWait: 1, freeRetries: 10_000 } },
    caching: { frontend: { maxAge: 0 } },
  };
}

async function waitUntilUp(url, child, logFile) {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`Ghost exited (${child.exitCode}):\n${tail(logFile)}`);
    try {
      const response = await fetch(new URL('/ghost/api/admin/authentication/setup/', url));
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Ghost did not answer within 150 s:\n${tail(logFile)}`);
}

const tail = (file) => fs.readFileSync(file, 'utf8').split('\n').slice(-40).join('\n');

/** JSON over the Admin API with a staff session cookie (the way Ghost Admin itself talks). */
function sessionClient(url, origin = url) {
  let cookie = '';
  return async function adminFetch(apiPath, init = {}) {
    const response = await fetch(new URL(`/ghost/api/admin/${apiPath}`, url), {
      ...init,
      headers: { 'content-type': 'application/json', origin, ...(cookie ? { cookie } : {}), ...init.headers },
      body: init.body === undefined || typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('ghost-admin-api-session='));
    if (setCookie) cookie = setCookie.split(';')[0];
    const text = await response.text();
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${apiPath}: ${response.status} ${text.slice(0, 500)}`);
    return /json/.test(response.headers.get('content-type') ?? '') && text ? JSON.parse(text) : {};
  };
}

async function setUpSite(url, origin) {
  const adminFetch = sessionClient(url, origin);
  await adminFetch('authentication/setup/', {
    method: 'POST',
    body: { setup: [{ name: OWNER.name, email: OWNER.email, password: OWNER.password, blogTitle: 'CC signals test blog' }] },
  });
  await adminFetch('session/', { method: 'POST', body: { username: OWNER.email, password: OWNER.password } });
  const { integrations } = await adminFetch('integrations/?include=api_keys', {
    method: 'POST',
    body: { integrations: [{ name: 'CC signals' }] },
  });
  const key = integrations[0].api_keys.find((k) => k.type === 'admin');
  // Ghost 6 answers with the whole key ("{id}:{secret}"); older versions with the secret alone.
  return { adminFetch, adminKey: key.secret.includes(':') ? key.secret : `${key.id}:${key.secret}` };
}

/**
 * Boots Ghost in a fresh site directory (a `current` link to the cached install, the layout ghost-cli
 * uses, so Ghost finds its package.json), sets up the owner, logs in and creates an integration.
 * `publicUrl`: the URL Ghost is configured with (its links, feeds, the origin its Admin accepts)
 * when something else (a proxy) will listen there; Ghost itself listens on `url`.
 */
export async function bootGhost({ version, publicUrl } = {}) {
  const ghostDir = await ensureGhost(version);
  const nodeBin = await node22BinDir();
  const siteDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cc-signals-ghost-'));
  await fsp.symlink(ghostDir, path.join(siteDir, 'current'));
  await fsp.mkdir(path.join(siteDir, 'content/data'), { recursive: true });
  for (const sub of ['themes', 'images', 'files', 'media', 'settings', 'logs', 'public', 'adapters']) {
    await fsp.mkdir(path.join(siteDir, 'content', sub), { recursive: true });
  }
  for (const theme of ['source', 'casper']) {
    await fsp.cp(path.join(ghostDir, 'content/themes', theme), path.join(siteDir, 'content/themes', theme), { recursive: true });
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  await fsp.writeFile(path.join(siteDir, 'config.production.json'), JSON.stringify(ghostConfig(publicUrl ?? url, port, siteDir), null, 2));
  const logFile = path.join(siteDir, 'ghost.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(path.join(nodeBin, 'node'), [path.join(siteDir, 'current/index.js')], {
    cwd: siteDir,
    env: { ...process.env, NODE_ENV: 'production', PATH: `${nodeBin}${path.delimiter}${process.env.PATH}` },
    stdio: ['ignore', out, out],
  });
  try {
    await waitUntilUp(url, child, logFile);
    const { adminFetch, adminKey } = await setUpSite(url, publicUrl ?? url);
    return { url, publicUrl: publicUrl ?? url, port, siteDir, logFile, adminKey, owner: OWNER, adminFetch, stop: () => stopGhost(child, siteDir) };
  } catch (error) {
    await stopGhost(child, siteDir, { keep: true });
    throw error;
  }
}

async function stopGhost(child, siteDir, { keep = false } = {}) {
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (!keep && !process.env.CC_SIGNALS_KEEP_GHOST) await fsp.rm(siteDir, { recursive: true, force: true });
}
