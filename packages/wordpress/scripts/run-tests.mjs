// The plugin's test command. WPCS first (when <repo>/../shared/wpcs is there), then PHPUnit and
// vitest on every WordPress target: the npm build (6.6) always, and the release archive (7.1)
// when present (tests/harness/wordpress-builds.mjs: wordpressTargets). What could not run is
// written to .test-results/notes.txt, which scripts/test-summary.mjs prints with the totals.
// Extra arguments go to vitest (e.g. tests/http.test.ts). Env: WP_TARGETS=6.6 runs one target only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordpressTargets } from '../tests/harness/wordpress-builds.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, '.test-results');
fs.rmSync(results, { recursive: true, force: true }); // no report of an earlier run may count again
fs.mkdirSync(results, { recursive: true });
const note = (line) => { console.log(line); fs.appendFileSync(path.join(results, 'notes.txt'), `${line}\n`); };
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.error) console.error(r.error);
  return r.status ?? 1;
};

let failed = run('node', ['scripts/run-phpcs.mjs']) !== 0;
const { targets, missing } = wordpressTargets();
if (missing) note(`@cc-signals/wordpress: WordPress 6.6 only — no release archive at ${missing} (set WP_RELEASE_ARCHIVE to test another release)`);
const only = process.env.WP_TARGETS?.split(',');
for (const [index, target] of targets.entries()) {
  if (only && !only.includes(target.name)) continue;
  console.log(`\n=== WordPress ${target.name} ===`);
  // The second target reruns only the tests that talk to WordPress (see vitest.config.ts).
  const env = { ...target.env, CC_WP_TARGET: target.name, CC_WP_FIRST_TARGET: index === 0 ? '1' : '' };
  if (run('node', ['scripts/run-phpunit.mjs'], env) !== 0) failed = true;
  if (run('pnpm', ['exec', 'vitest', 'run', ...process.argv.slice(2)], env) !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
