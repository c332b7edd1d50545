import fs from 'node:fs';
import path from 'node:path';
import type { Io, Values } from '../cli.js';
import type { GhostSignalsConfig } from '../config.js';
import { AdminKeyError, readAdminKey } from '../key.js';
import { installThemeKit } from './install.js';
import type { AdminAuth } from './staff.js';
import { RSS_ROUTE } from './templates.js';

/**
 * Staff credentials for routes.yaml: a staff access token (Ghost Admin → your
 * profile → Staff access token) from `--staff-token-file`,
 * `GHOST_STAFF_ACCESS_TOKEN_FILE` or `GHOST_STAFF_ACCESS_TOKEN`, or a session
 * from `GHOST_STAFF_EMAIL` + `GHOST_STAFF_PASSWORD`. Integration keys cannot upload routes.yaml.
 */
function staffAuth(values: Values, env: NodeJS.ProcessEnv): AdminAuth | undefined {
  const file = values['staff-token-file'] ?? env.GHOST_STAFF_ACCESS_TOKEN_FILE;
  const token = file ? fs.readFileSync(file, 'utf8').trim() : env.GHOST_STAFF_ACCESS_TOKEN?.trim();
  if (token) {
    if (!/^[0-9a-f]{24}:[0-9a-f]{64}$/.test(token)) throw new AdminKeyError('the staff access token is not "{id}:{secret}" (24 and 64 hex digits)');
    return { token };
  }
  if (env.GHOST_STAFF_EMAIL && env.GHOST_STAFF_PASSWORD) return { email: env.GHOST_STAFF_EMAIL, password: env.GHOST_STAFF_PASSWORD };
  return undefined;
}

function readZip(file: string): { name: string; bytes: Uint8Array } {
  return { name: path.basename(file).replace(/\.zip$/i, ''), bytes: new Uint8Array(fs.readFileSync(file)) };
}

/** `cc-signals-ghost install-theme-kit`. */
export async function installThemeKitCommand(values: Values, io: Io, config: GhostSignalsConfig, url: string): Promise<number> {
  const staff = staffAuth(values, io.env);
  const result = await installThemeKit(
    {
      url,
      adminKey: readAdminKey(io.env, values['key-file']),
      ...(staff ? { staff } : {}),
      ...(values.theme ? { theme: values.theme } : {}),
      ...(values['theme-zip'] ? { themeZip: readZip(values['theme-zip']) } : {}),
      insertPartial: values['insert-partial'] ?? false,
      dryRun: values['dry-run'] ?? false,
    },
    config,
  );
  if (values.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    io.stdout(`${values['dry-run'] ? 'would install' : 'installed'} the theme kit into ${result.installedAs} (from ${result.theme}): ${result.files.length} files\n`);
    io.stdout(result.inserted.length > 0 ? `{{> "cc-signals"}} added to ${result.inserted.join(', ')}\n` : 'add {{> "cc-signals"}} where the declaration should show (e.g. after {{content}} in post.hbs)\n');
  }
  if (result.routes === 'skipped' && !values['dry-run']) {
    io.stderr(
      'routes.yaml left unchanged: Ghost lets only staff upload it, not integrations. Pass a staff access token ' +
        '(--staff-token-file, GHOST_STAFF_ACCESS_TOKEN) or GHOST_STAFF_EMAIL/GHOST_STAFF_PASSWORD, or add this under ' +
        `"routes:" yourself (Settings → Labs → Routes):\n${RSS_ROUTE}`,
    );
  }
  return 0;
}
