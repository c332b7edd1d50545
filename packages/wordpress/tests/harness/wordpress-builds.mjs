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

// Unpack a WordPress release archive (.tar.xz, .tar.gz or .zip with one top folder, e.g. the
// wordpress.org release) into <cacheDir>/wordpress-<version> (once per version).
export async function ensureWordPressArchive(cacheDir, archive) {
  const file = path.resolve(archive);
  if (!exists(file)) throw new Error(`WordPress release archive not found: ${file}`);
  // A note per archive (size + mtime → version) skips unpacking it again on every boot.
  const { size, mtimeMs } = await fsp.stat(file);
  const note = path.join(cacheDir, `${path.basename(file)}.json`);
  const known = exists(note) ? JSON.parse(await fsp.readFile(note, 'utf8')) : {};
  const cached = path.join(cacheDir, `wordpress-${known.version}`);
  if (known.size === size && known.mtimeMs === mtimeMs && exists(path.join(cached, '.complete'))) {
    return { wpDir: cached, version: known.version };
  }
  const tmp = path.join(cacheDir, `wordpress-archive.tmp-${process.pid}`);
  await fsp.rm(tmp, { recursive: true, force: true });
  await fsp.mkdir(tmp, { recursive: true });
  try {
    if (file.endsWith('.zip')) await sh('unzip', ['-q', file, '-d', tmp]);
    else await sh('tar', ['xf', file, '-C', tmp]); // GNU tar picks xz/gzip from the file
    const [top] = await fsp.readdir(tmp);
    const src = path.join(tmp, top);
    const versionPhp = await fsp.readFile(path.join(src, 'wp-includes/version.php'), 'utf8');
    const version = versionPhp.match(/\$wp_version\s*=\s*'([^']+)'/)[1];
    const wpDir = path.join(cacheDir, `wordpress-${version}`);
    if (!exists(path.join(wpDir, '.complete'))) {
      await fsp.rm(path.join(src, 'wp-config.php'), { force: true });
      await fsp.writeFile(path.join(src, '.complete'), version);
      await fsp.rm(wpDir, { recursive: true, force: true });
      await fsp.rename(src, wpDir);
    }
    await fsp.writeFile(note, JSON.stringify({ size, mtimeMs, version }));
    return { wpDir, version };
  } finally { await fsp.rm(tmp, { recursive: true, force: true }); }
}

/** Where the current WordPress release archive is looked for when $WP_RELEASE_ARCHIVE is unset. */
export const DEFAULT_RELEASE_ARCHIVE = path.resolve(
  path.dirname(new URL(import.meta.url).pathname), '../../../../../shared/wordpress/wordpress-7.1.0.tar.xz');

/**
 * The WordPress versions the tests run on: the npm build (6.6) always, and the release archive
 * ($WP_RELEASE_ARCHIVE, else <repo>/../shared/wordpress/wordpress-7.1.0.tar.xz) when it exists.
 * `missing` names the archive that was looked for and not found.
 */
export function wordpressTargets(env = process.env) {
  const archive = env.WP_RELEASE_ARCHIVE || DEFAULT_RELEASE_ARCHIVE;
  const targets = [{ name: '6.6', env: { WP_ARCHIVE: '' } }];
  if (!exists(archive)) return { targets, missing: archive };
  const name = path.basename(archive).match(/wordpress-(\d+\.\d+)/)?.[1] ?? 'release';
  targets.push({ name, env: { WP_ARCHIVE: path.resolve(archive) } });
  return { targets, missing: null };
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
