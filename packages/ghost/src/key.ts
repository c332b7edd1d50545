import fs from 'node:fs';

const ADMIN_KEY = /^[0-9a-f]{24}:[0-9a-f]{64}$/;

/** A missing or malformed Admin API key. The message never contains the key. */
export class AdminKeyError extends Error {
  override readonly name = 'AdminKeyError';
}

/**
 * The Admin API key (`{id}:{secret}`, from Ghost Admin → Integrations): from
 * `GHOST_ADMIN_API_KEY`, or the file named by `keyFile` or
 * `GHOST_ADMIN_API_KEY_FILE`. Never printed: errors name only where it came from.
 */
export function readAdminKey(env: NodeJS.ProcessEnv = process.env, keyFile?: string): string {
  const file = keyFile ?? env.GHOST_ADMIN_API_KEY_FILE;
  let key: string | undefined;
  let from: string;
  if (file !== undefined && file !== '') {
    from = `the key file ${file}`;
    try {
      key = fs.readFileSync(file, 'utf8').trim();
    } catch (error) {
      throw new AdminKeyError(`cannot read ${from} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else {
    from = 'GHOST_ADMIN_API_KEY';
    key = env.GHOST_ADMIN_API_KEY?.trim();
  }
  if (key === undefined || key === '') {
    throw new AdminKeyError(
      'no Admin API key: set GHOST_ADMIN_API_KEY, or GHOST_ADMIN_API_KEY_FILE / --key-file to a file holding it ' +
        '(Ghost Admin → Settings → Integrations → your custom integration → Admin API key)',
    );
  }
  if (!ADMIN_KEY.test(key)) {
    throw new AdminKeyError(`${from} is not an Admin API key: expected "{id}:{secret}", 24 and 64 hex digits`);
  }
  return key;
}
