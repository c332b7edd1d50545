// What a crawler or a REST client sees: the built CLI, plain fetch, application passwords.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import type { WordPress } from '../harness/boot-wordpress.mjs';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** The built `cc-signals` CLI (packages/cli/dist/bin.js), found through its package.json. */
export const CLI_BIN = path.join(path.dirname(require.resolve('cc-signals/package.json')), 'dist/bin.js');

export interface Inspection {
  url: string;
  crawl: boolean;
  preferences: Record<string, { preference: string; exception?: string }>;
  readings: { source: string; location: string; applies: boolean; preferences: Record<string, unknown> }[];
  conflicts: { category: string; sources: unknown[] }[];
}

/** `node cc-signals/dist/bin.js inspect <url> --json`, parsed. */
export async function inspect(url: string): Promise<Inspection> {
  const { stdout } = await run(process.execPath, [CLI_BIN, 'inspect', url, '--json'], { timeout: 60_000 });
  return JSON.parse(stdout) as Inspection;
}

/** GET without following redirects; returns status, headers and body. */
export async function get(url: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: string }> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** Creates an application password for a user and returns the Basic auth header value. */
export async function applicationPassword(wp: WordPress, login: string): Promise<string> {
  const { result } = await wp.wpCli(`$user = get_user_by( 'login', ${JSON.stringify(login)} );
$created = WP_Application_Passwords::create_new_application_password( $user->ID, array( 'name' => 'tests-' . wp_generate_password( 8, false ) ) );
if ( is_wp_error( $created ) ) return array( 'error' => $created->get_error_message() );
return array( 'password' => $created[0] );`);
  const r = result as { password?: string; error?: string };
  if (r.password === undefined) throw new Error(`application password for ${login}: ${r.error ?? 'failed'}`);
  return `Basic ${Buffer.from(`${login}:${r.password}`).toString('base64')}`;
}

/** A JSON REST request as the user whose Basic auth header is given. */
export async function rest(
  wp: WordPress, auth: string, route: string, method = 'GET', body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${wp.url}/wp-json${route}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
