import { describe, expect, it } from 'vitest';
import { run } from './cli.js';

const KEY = `${'a'.repeat(24)}:${'b'.repeat(64)}`;

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

describe('cc-signals-ghost usage errors (no Ghost needed)', () => {
  it.each([
    [[], /Usage: cc-signals-ghost/, 2],
    [['frob'], /unknown command "frob"; expected one of set, get/, 2],
    [['set', 'only-one'], /set takes a post \(id or slug\) and a preset/, 2],
    [['bulk', '--filter', 'tag:x'], /bulk needs --filter <NQL> and --preset <preset>/, 2],
    [['list'], /no Ghost site: pass --url, set GHOST_URL/, 2],
    [['list', '--url', 'http://127.0.0.1:1', '--rate', '0'], /--rate: "0" is not a positive number/, 2],
    [['list', '--url', 'http://127.0.0.1:1', '--type', 'newsletter'], /--type: "newsletter" is not allowed; expected one of "post", "page"/, 2],
    [['proxy'], /proxy needs --upstream <Ghost URL>/, 2],
    [['proxy', '--upstream', 'http://127.0.0.1:1', '--listen', 'nowhere'], /--listen: "nowhere" is not host:port/, 2],
    [['proxy', '--upstream', 'http://127.0.0.1:1', '--webhook-listen', '127.0.0.1:0'], /webhooks need a secret of at least 16 characters/, 2],
    [['list', '--bogus'], /Unknown option '--bogus'/, 2],
  ] as const)('%j', async (args, message, code) => {
    const result = await cli([...args], { GHOST_ADMIN_API_KEY: KEY });
    expect(result.stdout + result.stderr).toMatch(message);
    expect(result.code).toBe(code);
    expect(result.stdout + result.stderr).not.toContain('b'.repeat(64));
  });
});
