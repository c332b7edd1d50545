import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appDir, type BootedStrapi, type Strapi } from '../harness/strapi';

export const ARTICLE = 'api::article.article';
export const PAGE = 'api::page.page';
export const NOTE = 'api::note.note';

/** A full-access API token, as a front end or integration would hold. */
export async function apiToken(strapi: Strapi): Promise<string> {
  const token = (await strapi.service('admin::api-token').create({
    name: `tests-${String(Date.now())}-${String(Math.random())}`,
    type: 'full-access',
    lifespan: null,
  })) as { accessKey: string };
  return token.accessKey;
}

export interface AdminLogin {
  readonly email: string;
  readonly password: string;
  readonly token: string;
}

/** An admin user with these roles (Super Admin when none given), logged in through /admin/login. */
export async function adminUser(app: BootedStrapi, roleIds?: number[]): Promise<AdminLogin> {
  const strapi = app.strapi;
  const roles = roleIds ?? [((await strapi.service('admin::role').getSuperAdmin()) as { id: number }).id];
  const email = `admin-${String(Math.random()).slice(2)}@example.org`;
  const password = 'Admin-password-1';
  await strapi.service('admin::user').create({ email, firstname: 'Test', lastname: 'Admin', password, isActive: true, roles });
  const response = await fetch(`${app.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { data?: { token: string } };
  if (!body.data) throw new Error(`admin login failed: ${JSON.stringify(body)}`);
  return { email, password, token: body.data.token };
}

/** An admin role with exactly these permission actions (content types' actions take `subject`). */
export async function adminRole(strapi: Strapi, name: string, permissions: { action: string; subject?: string }[]): Promise<number> {
  const role = (await strapi.service('admin::role').create({ name, description: name })) as { id: number };
  await strapi.service('admin::role').assignPermissions(
    role.id,
    permissions.map((permission) => ({ subject: null, properties: {}, conditions: [], ...permission })),
  );
  return role.id;
}

/** Content Manager permissions of an editor of articles (all fields), without any of the plugin's. */
export const articleEditorPermissions = ['create', 'read', 'update', 'publish'].map((action) => ({
  action: `plugin::content-manager.explorer.${action}`,
  subject: ARTICLE,
  properties: { fields: ['title', 'slug', 'summary', 'body', 'aiUsage'] },
}));

/** JSON request helper. */
export async function request(
  url: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; headers: Headers; body: unknown; text: string }> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      // A connection per request: the server runs in this process, and while a test keeps it busy a kept-alive
      // connection can pass its idle timeout and be reused just as the server closes it (ECONNRESET).
      connection: 'close',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** Creates and publishes an article through the document service. */
export async function publishedArticle(strapi: Strapi, title: string, aiUsage?: unknown): Promise<{ documentId: string }> {
  return (await strapi.documents(ARTICLE).create({
    data: { title, summary: `About ${title}`, ...(aiUsage === undefined ? {} : { aiUsage }) },
    status: 'published',
  })) as { documentId: string };
}

/**
 * A public folder whose robots.txt is the app's own grown 4 KB short of the
 * 500 KiB crawlers read, as another plugin may have made it: room for about
 * twenty entry rules in its two groups. Point the app at it with
 * `strapi.config.set('dirs.static.public', dir)`.
 */
export function crowdedPublicDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-signals-public-'));
  const own = readFileSync(path.join(appDir, 'public/robots.txt'), 'utf8');
  const line = '# a long comment line that another plugin wrote\n';
  const lines = Math.floor((500 * 1024 - 4000 - own.length) / line.length);
  writeFileSync(path.join(dir, 'robots.txt'), `${own}${line.repeat(lines)}`);
  return dir;
}
