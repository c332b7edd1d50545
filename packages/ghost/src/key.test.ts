import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAdminKey } from './key.js';

const KEY = `${'a'.repeat(24)}:${'b'.repeat(64)}`;

describe('readAdminKey', () => {
  it('reads the key from the environment or a file', () => {
    expect(readAdminKey({ GHOST_ADMIN_API_KEY: ` ${KEY}\n` })).toBe(KEY);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-ghost-key-')), 'key');
    fs.writeFileSync(file, `${KEY}\n`);
    expect(readAdminKey({ GHOST_ADMIN_API_KEY_FILE: file })).toBe(KEY);
    expect(readAdminKey({}, file)).toBe(KEY);
  });

  it('says what is wrong without ever printing the key', () => {
    const secretish = `${'c'.repeat(24)}:${'d'.repeat(10)}`;
    expect(() => readAdminKey({})).toThrow(/no Admin API key: set GHOST_ADMIN_API_KEY/);
    expect(() => readAdminKey({ GHOST_ADMIN_API_KEY: secretish })).toThrow(/GHOST_ADMIN_API_KEY is not an Admin API key/);
    try {
      readAdminKey({ GHOST_ADMIN_API_KEY: secretish });
    } catch (error) {
      expect((error as Error).message).not.toContain('cccc');
    }
    expect(() => readAdminKey({}, '/nonexistent/key')).toThrow(/cannot read the key file \/nonexistent\/key \(ENOENT\)/);
  });
});
