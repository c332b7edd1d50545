// Ghost's staff roles where the adapter takes a staff session (install-theme-kit: the theme that
// compiles the site's defaults, and routes.yaml): real Contributor and Author users, invited by the
// owner through the Admin API, cannot change the site's defaults through it.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { RawAdminClient } from '../src/theme-kit/staff.js';
import { node22BinDir } from './harness/install-ghost.mjs';
import { cli, ghost } from './support.js';

const execFileAsync = promisify(execFile);
const PASSWORD = 'Staff-ccsig-4Lq8-Rw2x';

/**
 * The invitation token Ghost mailed (mail is stubbed in tests): read from its SQLite database
 * with Node 22's node:sqlite, as the invitee would read it from the email.
 */
async function inviteToken(email: string): Promise<string> {
  const script = `const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(process.argv[1], { readOnly: true });
process.stdout.write(db.prepare('SELECT token FROM invites WHERE email = ?').get(process.argv[2]).token);`;
  const node = path.join(await node22BinDir(), 'node');
  const { stdout } = await execFileAsync(node, ['--no-warnings', '-e', script, path.join(ghost().siteDir, 'content/data/ghost.db'), email]);
  return stdout;
}

/** A staff user with this role, invited by the owner and accepting the invitation over HTTP. */
async function staffUser(role: 'Contributor' | 'Author'): Promise<{ email: string; password: string }> {
  const owner = new RawAdminClient(ghost().url, ghost().owner);
  const { roles } = (await (await owner.request('GET', 'roles/?permissions=assign')).json()) as { roles: { id: string; name: string }[] };
  const roleId = roles.find((candidate) => candidate.name === role)?.id;
  expect(roleId, role).toBeDefined();
  const email = `${role.toLowerCase()}-${Date.now()}@example.org`;
  await owner.request('POST', 'invites/', { invites: [{ email, role_id: roleId }] });
  const token = (await inviteToken(email)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const accepted = await fetch(`${ghost().url}/ghost/api/admin/authentication/invitation/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ghost().url },
    body: JSON.stringify({ invitation: [{ token, email, name: `A ${role}`, password: PASSWORD }] }),
  });
  expect(accepted.status, await accepted.clone().text()).toBe(200);
  return { email, password: PASSWORD };
}

/** What the site's defaults are made of, read as the owner. */
async function defaultsState() {
  const owner = new RawAdminClient(ghost().url, ghost().owner);
  const { themes } = (await (await owner.request('GET', 'themes/')).json()) as { themes: { name: string; active: boolean }[] };
  const routes = await (await owner.request('GET', 'settings/routes/yaml/')).text();
  return { themes: themes.map((theme) => `${theme.name}${theme.active ? ' (active)' : ''}`).sort(), routes };
}

describe.each(['Contributor', 'Author'] as const)('a real %s staff session', (role) => {
  let user: { email: string; password: string };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-signals-ghost-roles-'));
  const configFile = path.join(dir, 'cc-signals-ghost.json');
  fs.writeFileSync(configFile, JSON.stringify({ siteDefault: 'allow' }));

  beforeAll(async () => {
    user = await staffUser(role);
  });

  it('is refused by install-theme-kit before anything changes: no theme uploaded or activated, routes.yaml unchanged', async () => {
    const before = await defaultsState();
    const env = { GHOST_STAFF_EMAIL: user.email, GHOST_STAFF_PASSWORD: user.password };
    const result = await cli(['install-theme-kit', '--config', configFile, '--json'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`staff credentials are an? ${role}'s: only an Administrator or the Owner may change the site's defaults`));
    expect(result.stderr).not.toContain(user.password);
    // With the theme at hand (no staff download needed), the integration key would upload it: still refused first.
    const zip = path.join(dir, 'casper.zip');
    fs.writeFileSync(zip, new Uint8Array(await (await new RawAdminClient(ghost().url, ghost().owner).request('GET', 'themes/casper/download/')).arrayBuffer()));
    const withZip = await cli(['install-theme-kit', '--config', configFile, '--theme-zip', zip, '--json'], env);
    expect(withZip.code).toBe(2);
    expect(await defaultsState()).toEqual(before);
  });

  it('cannot upload routes.yaml or activate a theme through Ghost either (its own permissions; reading routes.yaml is allowed)', async () => {
    const staff = new RawAdminClient(ghost().url, user);
    const { routes } = await defaultsState();
    expect(await (await staff.request('GET', 'settings/routes/yaml/')).text()).toBe(routes);
    const form = new FormData();
    form.append('routes', new Blob([routes], { type: 'application/yaml' }), 'routes.yaml');
    await expect(staff.request('POST', 'settings/routes/yaml/', form)).rejects.toThrow(/403/);
    await expect(staff.request('PUT', 'themes/casper/activate/')).rejects.toThrow(/403/);
  });
});
