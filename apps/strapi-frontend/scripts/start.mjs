// Starts this app's production build (`next start`) on 127.0.0.1, building it first when there
// is no build newer than its sources (turbo's `build` makes one; a lone `vitest run` may not).
// Used by the end-to-end test and the demo.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const next = createRequire(path.join(appDir, 'package.json')).resolve('next/dist/bin/next');
const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
const SOURCES = ['app', 'components', 'lib', 'proxy.ts', 'next.config.ts', 'package.json'];

/** The newest modification time of the files under `file`. */
function newest(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

/** Builds the app unless `.next` holds a production build newer than its sources. */
export function ensureBuilt() {
  const buildId = path.join(appDir, '.next', 'BUILD_ID');
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (built > Math.max(...SOURCES.map((source) => newest(path.join(appDir, source))))) return;
  execFileSync(process.execPath, [next, 'build'], { cwd: appDir, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** `next start` with `STRAPI_URL`; resolves with its URL once it listens. See start.d.mts. */
export async function startFrontEnd(strapiUrl, port = 0) {
  ensureBuilt();
  // Its own process group, so that stop() ends next start and anything it forks.
  const child = spawn(process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: appDir,
    env: { ...env, STRAPI_URL: strapiUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`next start did not listen within 60 s:\n${output}`));
    }, 60_000);
    const read = (chunk) => {
      output += chunk.toString();
      const match = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`next start exited with ${String(code)}:\n${output}`));
    });
  }).catch((error) => {
    stop();
    throw error;
  });
  return { url, stop, output: () => output };
}
