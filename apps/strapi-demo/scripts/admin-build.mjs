// The app's admin panel, built once and cached in dist/build (git-ignored); rebuilt when the
// plugin's admin bundle or the app's admin sources change. CPU-heavy: about two minutes on two cores.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appDir } from './boot.mjs';

// The plugin as the app sees it (a workspace link under node_modules).
const pluginAdmin = path.join(appDir, 'node_modules/@cc-signals/strapi/dist/admin');
const buildDir = path.join(appDir, 'dist/build');
const stampFile = path.join(buildDir, '.cc-signals-inputs');

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const file of [...files(pluginAdmin), ...files(path.join(appDir, 'src/admin')), path.join(appDir, 'package.json')].sort()) {
    hash.update(path.relative(appDir, file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** Builds the admin panel unless the cached build matches the current inputs. */
export function ensureAdminBuilt() {
  const hash = inputsHash();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return;
  console.error('Building the Strapi admin panel (cached in apps/strapi-demo/dist/build)…');
  execFileSync(path.join(appDir, 'node_modules/.bin/strapi'), ['build'], {
    cwd: appDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  writeFileSync(stampFile, hash);
}
