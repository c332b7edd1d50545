import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from './test-support.js';

describe('cc-signals parse', () => {
  it('prints one key per current category, with the exception', async () => {
    const result = await runCli(['parse', 'train-ai=n;exceptions=cc-cr']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      'train-ai': { preference: 'disallowed', exception: 'cc-cr' },
      search: { preference: 'unknown' },
    });
  });

  it('prints all unknown, and warns, for a value that is not a dictionary', async () => {
    const result = await runCli(['parse', 'Train-AI=n']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ 'train-ai': { preference: 'unknown' }, search: { preference: 'unknown' } });
    expect(result.stderr).toMatch(/offset 0/);
  });

  it('reads earlier-draft labels strictly, reporting them, and applies their disallows only with --legacy restrictive', async () => {
    const strict = await runCli(['parse', 'train-genai=n;exceptions=cc-cr-ec, bots=y']);
    expect(JSON.parse(strict.stdout)).toEqual({ 'train-ai': { preference: 'unknown' }, search: { preference: 'unknown' } });
    expect(strict.stderr).toMatch(/note: train-genai=n is a label of draft -02\/-03.*would mean train-ai disallowed: ignored/);
    expect(strict.stderr).toMatch(/note: bots=y .*: ignored/);
    const restrictive = await runCli(['parse', 'train-genai=n;exceptions=cc-cr-ec, bots=y', '--legacy', 'restrictive', '--json']);
    const report = JSON.parse(restrictive.stdout) as { preferences: unknown; legacy: { label: string }[] };
    expect(report.preferences).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr-ec' }, search: { preference: 'unknown' } });
    expect(report.legacy.map((entry) => entry.label)).toEqual(['train-genai', 'bots']);
    expect((await runCli(['parse', 'x=y', '--legacy', 'loose'])).code).toBe(2);
  });

  it('reads with draft -08 under --vocabulary, where ai-use is a category, and rejects an unknown id', async () => {
    const value = 'train-ai=n, ai-use=n;exceptions=cc-cr, search=y';
    expect(JSON.parse((await runCli(['parse', value])).stdout)).toEqual({
      'train-ai': { preference: 'disallowed' },
      search: { preference: 'allowed' },
    });
    const draft08 = await runCli(['parse', value, '--vocabulary', 'draft-ietf-aipref-vocab-08', '--json']);
    const report = JSON.parse(draft08.stdout) as { preferences: unknown; vocabulary: string; legacy: unknown[] };
    expect(report.vocabulary).toBe('draft-ietf-aipref-vocab-08');
    expect(report.preferences).toEqual({
      'train-ai': { preference: 'disallowed' },
      'ai-use': { preference: 'disallowed', exception: 'cc-cr' },
      search: { preference: 'allowed' },
    });
    expect(report.legacy).toEqual([]);
    const bad = await runCli(['parse', value, '--vocabulary', 'draft-09']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--vocabulary: "draft-09" is not allowed; expected one of "draft-ietf-aipref-vocab-07", "draft-ietf-aipref-vocab-08"');
  });
});

describe('usage errors', () => {
  it.each([
    [[]],
    [['frobnicate']],
    [['parse']],
    [['parse', 'a', 'b']],
    [['robots', 'robots.txt']],
    [['robots', 'robots.txt', '--path', 'no-slash']],
    [['inspect']],
    [['inspect', 'ftp://example.test/']],
    [['parse', 'x', '--bogus']],
  ])('%j exits 2 with one line on stderr', async (argv) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });
});

describe('cc-signals robots with a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-signals-cli-'));
  const file = join(dir, 'robots.txt');
  writeFileSync(
    file,
    ['User-Agent: GPTBot', 'Disallow: /private/', '', 'User-Agent: *', 'Allow: /', 'Content-Usage: train-ai=n;exceptions=cc-cr', 'Content-Usage: /open/ train-ai=y', ''].join('\n'),
  );

  it('applies the longest matching Content-Usage path', async () => {
    const open = JSON.parse((await runCli(['robots', file, '--path', '/open/post'])).stdout) as unknown;
    expect(open).toEqual({ crawl: true, preferences: { 'train-ai': { preference: 'allowed' }, search: { preference: 'unknown' } } });
    const other = JSON.parse((await runCli(['robots', file, '--path', '/blog/'])).stdout) as unknown;
    expect(other).toEqual({
      crawl: true,
      preferences: { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' }, search: { preference: 'unknown' } },
    });
  });

  it('selects the group of the agent', async () => {
    const result = JSON.parse((await runCli(['robots', file, '--path', '/private/x', '--agent', 'GPTBot/1.1'])).stdout) as {
      crawl: boolean;
    };
    expect(result.crawl).toBe(false);
  });

  it('fails with a clear message for a missing file', async () => {
    const result = await runCli(['robots', join(dir, 'missing.txt'), '--path', '/']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/could not read .*missing\.txt: ENOENT/);
  });
});

describe('the built binary', () => {
  it('runs as the package bin', async () => {
    const bin = new URL('../dist/bin.js', import.meta.url).pathname;
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'parse', 'search=y']);
    expect(JSON.parse(stdout)).toEqual({ 'train-ai': { preference: 'unknown' }, search: { preference: 'allowed' } });
  });
});
