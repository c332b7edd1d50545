// `pnpm plugin-zip` gives the zip a site admin uploads: one `cc-signals/` folder, built, without sources or tests.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PLUGIN_DIR } from './support/site';

const run = promisify(execFile);

describe('pnpm plugin-zip', () => {
  it('packs the built plugin under cc-signals/', async () => {
    await run('pnpm', ['run', '-s', 'plugin-zip'], { cwd: PLUGIN_DIR });
    const { stdout } = await run('unzip', ['-Z1', path.join(PLUGIN_DIR, 'dist/cc-signals.zip')]);
    const entries = stdout.trim().split('\n');
    expect(entries.every((entry) => entry.startsWith('cc-signals/'))).toBe(true);
    for (const file of ['load.php', 'uninstall.php', 'readme.txt', 'block.json', 'build/editor.js', 'build/block.asset.php', 'includes/generated/data.php']) {
      expect(entries).toContain(`cc-signals/${file}`);
    }
    expect(entries.filter((entry) => /\/(src|tests|node_modules)\//.test(entry))).toEqual([]);
  }, 120_000);
});
