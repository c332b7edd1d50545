// The WordPress and SQLite builds the harness boots, from the npm registry:
// packed once into <cacheDir>/npm, unpacked once into <cacheDir>/wordpress-<version>.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import fs from 'node:fs';
import fsp from 'node:fs/promises';

const run = promisify(execFile);
const BUILDS_PKG = '@wp-playground/wordpress-builds@0.9.19'; // WP zips + stripped static assets
export const SQLITE_PKGS = {
  cli: { spec: '@wp-playground/cli@3.1.56', zip: 'package/sqlite-database-integration.zip' }, // driver 3.0.2
  builds: { spec: BUILDS_PKG, zip: 'package/src/sqlite-database-integration/sqlite-database-integration.zip' }, // 2.1.11
};
const exists = (p) => fs.existsSync(p);
export const sh = (cmd, args, opts = {}) => run(cmd, args, { maxBuffer: 64 << 20, ...opts });

// npm pack <spec> into <cacheDir>/npm and extract the requested members (done once, then reused).
export async function npmExtract(cacheDir, spec, members) {
  const dir = path.join(cacheDir, 'npm');
  await fsp.mkdir(dir, { recursive: true });
  const tgz = path.join(dir, spec.replace(/^@/, '').replace(/[/@]/g, '-') + '.tgz');
  if (!exists(tgz)) {
    const { stdout } = await sh('npm', ['pack', spec, '--json', '--pack-destination', dir]);
    await fsp.rename(path.join(dir, JSON.parse(stdout)[0].filename), tgz);
  }
  const out = tgz.replace(/\.tgz$/, '');
  const missing = members.filter((m) => !exists(path.join(out, m)));
  if (missing.length) { // extract beside, then move in: an interrupted tar never leaves half a member
    const tmp = `${out}.tmp-${process.pid}`;
    await fsp.mkdir(tmp, { recursive: true });
    await sh('tar', ['xzf', tgz, '-C', tmp, ...missing]);
    for (const m of missing) {
      await fsp.mkdir(path.dirname(path.join(out, m)), { recursive: true });
      await fsp.rename(path.join(tmp, m), path.join(out, m));
    }
    await fsp.rm(tmp, { recursive: true, force: true });
  }
  return out;
}

// Unpack a WordPress build into <cacheDir>/wordpress-<version> (once): zip + the static assets
// Playground strips from the zip (listed in public/wp-<build>/wordpress-remote-asset-paths).
export async function ensureWordPress(cacheDir, build) {
  const zipRel = `package/src/wordpress/wp-${build}.zip`;
  const pub = `package/public/wp-${build}`;
  const pkg = await npmExtract(cacheDir, BUILDS_PKG, [zipRel, pub]);
  const { stdout } = await sh('unzip', ['-p', path.join(pkg, zipRel), 'wp-includes/version.php']);
  const version = stdout.match(/\$wp_version\s*=\s*'([^']+)'/)[1];
  const wpDir = path.join(cacheDir, `wordpress-${version}`);
  if (exists(path.join(wpDir, '.complete'))) return { wpDir, version };
  const tmp = `${wpDir}.tmp-${process.pid}`;
  await fsp.rm(tmp, { recursive: true, force: true });
  await sh('unzip', ['-q', path.join(pkg, zipRel), '-d', tmp]);
  const assets = (await fsp.readFile(path.join(pkg, pub, 'wordpress-remote-asset-paths'), 'utf8'))
    .split('\n').map((p) => p.replace(/^\//, '').trim())
    .filter((p) => p && !p.startsWith('wp-content/database/'));
  for (const rel of assets) {
    await fsp.mkdir(path.dirname(path.join(tmp, rel)), { recursive: true });
    await fsp.copyFile(path.join(pkg, pub, rel), path.join(tmp, rel));
  }
  // beta/nightly zips ship Playground's wp-config.php and a pre-installed DB: drop both.
  await fsp.rm(path.join(tmp, 'wp-config.php'), { force: true });
  await fsp.rm(path.join(tmp, 'wp-content/database'), { recursive: true, force: true });
  await fsp.writeFile(path.join(tmp, '.complete'), version);
  await fsp.rename(tmp, wpDir);
  return { wpDir, version };
}

// Cross-process lock (mkdir is atomic) so parallel test workers don't unpack into the cache at once.
export async function withCacheLock(cacheDir, fn) {
  const lock = path.join(cacheDir, '.lock');
  await fsp.mkdir(cacheDir, { recursive: true });
  for (let start = Date.now(); ; await new Promise((r) => setTimeout(r, 200))) {
    try { await fsp.mkdir(lock); break; } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const age = Date.now() - (await fsp.stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 10 * 60e3) await fsp.rm(lock, { recursive: true, force: true }); // stale: holder died
      if (Date.now() - start > 15 * 60e3) throw new Error(`cache lock ${lock} still held after 15 min`);
    }
  }
  try { return await fn(); } finally { await fsp.rm(lock, { recursive: true, force: true }); }
}

export async function installSqlite(cacheDir, siteDir, which) {
  const { spec, zip } = SQLITE_PKGS[which];
  const pkg = await npmExtract(cacheDir, spec, [zip]);
  const tmp = await fsp.mkdtemp(path.join(siteDir, '.sqlite-'));
  await sh('unzip', ['-q', path.join(pkg, zip), '-d', tmp]);
  const [top] = await fsp.readdir(tmp); // folder name differs between the two zips
  const dest = path.join(siteDir, 'wp-content/plugins/sqlite-database-integration');
  await fsp.rename(path.join(tmp, top), dest);
  await fsp.rm(tmp, { recursive: true, force: true });
  const dropin = (await fsp.readFile(path.join(dest, 'db.copy'), 'utf8'))
    .replaceAll('{SQLITE_IMPLEMENTATION_FOLDER_PATH}', dest)
    .replaceAll('{SQLITE_PLUGIN}', 'sqlite-database-integration/load.php');
  await fsp.writeFile(path.join(siteDir, 'wp-content/db.php'), dropin);
  await fsp.mkdir(path.join(siteDir, 'wp-content/database'), { recursive: true });
}
