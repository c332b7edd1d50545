// `pnpm plugin-zip` gives the zip a site admin uploads: one `cc-signals/` folder holding only what
// WordPress loads; readme.txt follows the WordPress.org plugin directory's readme rules.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RELEASE_ARCHIVE } from './harness/wordpress-builds.mjs';
import { PLUGIN_DIR } from './support/site';

const run = promisify(execFile);

describe('pnpm plugin-zip', () => {
  it('packs the built plugin under cc-signals/, and nothing WordPress does not load', async () => {
    await run('pnpm', ['run', '-s', 'plugin-zip'], { cwd: PLUGIN_DIR });
    const { stdout } = await run('unzip', ['-Z1', path.join(PLUGIN_DIR, 'dist/cc-signals.zip')]);
    const entries = stdout.trim().split('\n');
    expect(entries.every((entry) => entry.startsWith('cc-signals/'))).toBe(true);
    for (const file of ['load.php', 'uninstall.php', 'readme.txt', 'block.json', 'build/editor.js', 'build/block.asset.php', 'includes/generated/data.php']) {
      expect(entries).toContain(`cc-signals/${file}`);
    }
    const loaded = /^cc-signals\/(load\.php|uninstall\.php|readme\.txt|block\.json|includes\/.+\.php|build\/[\w-]+\.(js|asset\.php|css)|languages\/.+)$/;
    expect(entries.filter((entry) => !entry.endsWith('/') && !loaded.test(entry))).toEqual([]);
  }, 120_000);
});

describe('the editor script', () => {
  it('is at most 5 KB gzipped', () => {
    const size = gzipSync(readFileSync(path.join(PLUGIN_DIR, 'build/editor.js'))).length;
    expect(size).toBeLessThanOrEqual(5 * 1024);
  });
});

describe('readme.txt', () => {
  const readme = readFileSync(path.join(PLUGIN_DIR, 'readme.txt'), 'utf8');
  const header = (name: string) => new RegExp(`^${name}:[ \\t]*(.+)$`, 'm').exec(readme)?.[1]?.trim();

  it('has the header fields and sections the directory reads', () => {
    expect(readme.split('\n')[0]).toMatch(/^=== .+ ===$/);
    for (const name of ['Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License', 'License URI']) {
      expect(header(name), name).toBeTruthy();
    }
    expect(header('Tags')!.split(',').length).toBeLessThanOrEqual(5);
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) {
      expect(readme).toContain(`== ${section} ==`);
    }
    const version = /Version:\s*(\S+)/.exec(readFileSync(path.join(PLUGIN_DIR, 'load.php'), 'utf8'))?.[1];
    expect(header('Stable tag')).toBe(version);
    expect(header('Requires at least')).toBe(/Requires at least:\s*(\S+)/.exec(readFileSync(path.join(PLUGIN_DIR, 'load.php'), 'utf8'))?.[1]);
  });

  it('has a short description of at most 150 characters', () => {
    const body = readme.slice(readme.indexOf('\n\n') + 2);
    const short = body.slice(0, body.indexOf('\n')).trim();
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThanOrEqual(150);
    expect(short.startsWith('==')).toBe(false);
  });

  it('says it was tested up to the WordPress release the tests boot', () => {
    const release = /wordpress-(\d+\.\d+)/.exec(path.basename(DEFAULT_RELEASE_ARCHIVE))?.[1];
    expect(header('Tested up to')).toBe(release);
  });
});
