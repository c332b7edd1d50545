// Starts this app's production build (`next start`) on a free port of 127.0.0.1, building it
// first when there is no build (turbo's `test` builds it before; a lone `vitest run` may not).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const next = createRequire(path.join(appDir, 'package.json')).resolve('next/dist/bin/next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** The running front end. */
export interface FrontEnd {
  readonly url: string;
  stop(): void;
}

/** Builds the app unless `.next` holds a production build. */
export function ensureBuilt(): void {
  if (existsSync(path.join(appDir, '.next', 'BUILD_ID'))) return;
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
    const timer = setTimeout(() => reject(new Error(`next start did not listen within 60 s:\n${output}`)), 60_000);
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
    child.once('exit', (code) => reject(new Error(`next start exited with ${String(code)}:\n${output}`)));
  }).catch((error: unknown) => {
    stop();
    throw error;
  });
  return { url, stop };
}
