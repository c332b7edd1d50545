// Starts this app's production build (`next start`) on a free port of 127.0.0.1, building it
// first when there is no build (turbo's `test` builds it before; a lone `vitest run` may not).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const next = createRequire(path.join(appDir, 'package.json')).resolve('next/dist/bin/next');
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };

/** The running front end. */
export interface FrontEnd {
  readonly url: string;
  stop(): void;
}

const SOURCES = ['app', 'components', 'lib', 'proxy.ts', 'next.config.ts', 'package.json'];

/** The newest modification time of the files under `file`. */
function newest(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

/** Builds the app unless `.next` holds a production build newer than its sources. */
export function ensureBuilt(): void {
  const buildId = path.join(appDir, '.next', 'BUILD_ID');
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (built > Math.max(...SOURCES.map((source) => newest(path.join(appDir, source))))) return;
  execFileSync(process.execPath, [next, 'build'], { cwd: appDir, env, stdio: 'inherit' });
}

/** `next start` with `STRAPI_URL`, on a port the system picks; resolves once it listens. */
export async function startFrontEnd(strapiUrl: string): Promise<FrontEnd> {
  ensureBuilt();
  const child = spawn(process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', '0'], {
    cwd: appDir,
    env: { ...env, STRAPI_URL: strapiUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stop = () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  };
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`next start did not listen within 60 s:\n${output}`));
    }, 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      reject(new Error(`next start exited with ${String(code)}:\n${output}`));
    });
  }).catch((error: unknown) => {
    stop();
    throw error;
  });
  return { url, stop };
}
