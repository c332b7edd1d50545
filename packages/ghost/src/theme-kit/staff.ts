import { createHmac } from 'node:crypto';
import { GhostApiError } from '../admin.js';

/**
 * How a raw Admin API request authenticates: an integration's or a staff
 * user's access token (`{id}:{secret}`, sent as a short-lived JWT), or a
 * staff session (email and password; Ghost's own Admin does this). Ghost
 * lets only staff (not integrations) read and upload `routes.yaml`.
 */
export type AdminAuth = { readonly token: string } | { readonly email: string; readonly password: string };

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/** The JWT Ghost's Admin API expects for an access token (HS256, 5 minutes, audience /admin/). */
export function adminJwt(key: string, now = Math.floor(Date.now() / 1000)): string {
  const [id = '', secret = ''] = key.split(':');
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: id }));
  const payload = base64url(JSON.stringify({ iat: now, exp: now + 300, aud: '/admin/' }));
  const signature = createHmac('sha256', Buffer.from(secret, 'hex')).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** The staff roles that may change the site's defaults (its theme and routes.yaml), as Ghost names them. */
export const DEFAULTS_ROLES: readonly string[] = ['Administrator', 'Owner'];

/** Staff credentials whose role may not change the site's defaults (a Contributor's, an Author's, an Editor's). */
export class StaffRoleError extends Error {
  override name = 'StaffRoleError';
}

/** A small client for the Admin API endpoints `@tryghost/admin-api` does not cover. */
export class RawAdminClient {
  private cookie: string | undefined;

  constructor(
    private readonly url: string,
    private readonly auth: AdminAuth,
  ) {}

  private async headers(): Promise<Record<string, string>> {
    if ('token' in this.auth) return { authorization: `Ghost ${adminJwt(this.auth.token)}` };
    this.cookie ??= await this.login(this.auth.email, this.auth.password);
    return { cookie: this.cookie, origin: this.url };
  }

  private async login(email: string, password: string): Promise<string> {
    const response = await fetch(`${this.url}/ghost/api/admin/session/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: this.url },
      body: JSON.stringify({ username: email, password }),
    });
    if (!response.ok) throw await failure('POST', '/ghost/api/admin/session/', response);
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('ghost-admin-api-session='));
    if (!cookie) throw new GhostApiError('staff login: Ghost set no session cookie', 'UnauthorizedError', response.status);
    const session = cookie.split(';')[0] ?? '';
    // Ghost answers the login before its session store has the session: wait until the session is known.
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const check = await fetch(`${this.url}/ghost/api/admin/users/me/`, { headers: { cookie: session, origin: this.url } });
      await check.body?.cancel();
      if (check.ok) break;
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
    return session;
  }

  /**
   * Checks that these staff credentials belong to an Administrator or the
   * Owner, the roles Ghost lets manage themes and routes; throws a
   * StaffRoleError naming the role otherwise. The adapter calls it before it
   * changes anything with a staff session, so a contributor's or author's
   * credentials never change the site's defaults through it.
   */
  async assertMayChangeDefaults(): Promise<void> {
    const me = (await (await this.request('GET', 'users/me/?include=roles')).json()) as { users?: { roles?: { name?: string }[] }[] };
    const roles = (me.users?.[0]?.roles ?? []).map((role) => role.name ?? '');
    if (roles.some((role) => DEFAULTS_ROLES.includes(role))) return;
    throw new StaffRoleError(
      `the staff credentials are ${roles.length > 0 ? `a${/^[AEIOU]/.test(roles[0] ?? '') ? 'n' : ''} ${roles.join(', ')}'s` : 'of a user without a role'}: ` +
        `only an Administrator or the Owner may change the site's defaults (the theme kit's theme and routes.yaml); nothing was changed`,
    );
  }

  /** A request under /ghost/api/admin/; returns the response (throws a GhostApiError unless 2xx). */
  async request(method: string, path: string, body?: FormData | object): Promise<Response> {
    const isForm = body instanceof FormData;
    const response = await fetch(`${this.url}/ghost/api/admin/${path}`, {
      method,
      headers: { ...(await this.headers()), ...(body && !isForm ? { 'content-type': 'application/json' } : {}) },
      ...(body === undefined ? {} : { body: isForm ? body : JSON.stringify(body) }),
    });
    if (!response.ok) throw await failure(method, `/ghost/api/admin/${path}`, response);
    return response;
  }
}

async function failure(method: string, path: string, response: Response): Promise<GhostApiError> {
  const text = await response.text().catch(() => '');
  let detail = text.slice(0, 200);
  let type = `HTTP${response.status}`;
  try {
    const first = (JSON.parse(text) as { errors?: { type?: string; message?: string; context?: string | null }[] }).errors?.[0];
    if (first) {
      type = first.type ?? type;
      detail = [first.message, first.context].filter(Boolean).join(' ');
    }
  } catch {
    // not JSON
  }
  return new GhostApiError(`${method} ${path}: ${response.status} ${type}: ${detail}`, type, response.status);
}
