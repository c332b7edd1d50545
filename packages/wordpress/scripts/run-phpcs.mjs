// WordPress Coding Standards on the plugin's PHP (ruleset: phpcs.xml.dist), with PHP_CodeSniffer +
// WPCS from <repo>/../shared/wpcs/wpcs-3.1.0.tar.xz (or $WPCS_ARCHIVE), unpacked once into .cache/wpcs.
// Writes .test-results/phpcs.xml (one test: 0 errors and 0 warnings) for scripts/test-summary.mjs;
// without the archive it skips and says so in .test-results/notes.txt.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const archive = path.resolve(process.env.WPCS_ARCHIVE || path.join(root, '../../../shared/wpcs/wpcs-3.1.0.tar.xz'));
const results = path.join(root, '.test-results');
fs.mkdirSync(results, { recursive: true });

if (!fs.existsSync(archive)) {
  const line = `@cc-signals/wordpress: WPCS (phpcs) skipped — no archive at ${archive} (set WPCS_ARCHIVE)`;
  console.log(line);
  fs.appendFileSync(path.join(results, 'notes.txt'), `${line}\n`);
  process.exit(0);
}

const dest = path.join(root, '.cache/wpcs');
const stamp = path.join(dest, '.complete');
const { size, mtimeMs } = fs.statSync(archive);
const id = `${archive} ${size} ${mtimeMs}`;
if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== id) {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  const tar = spawnSync('tar', ['xf', archive, '-C', dest], { stdio: 'inherit' });
  if (tar.status !== 0) process.exit(1);
  fs.writeFileSync(stamp, id);
}

const json = path.join(results, 'phpcs.json');
const run = spawnSync(path.join(dest, 'wpcs/phpcs'), ['-q', '--report=full', `--report-json=${json}`], { cwd: root, stdio: 'inherit' });
const totals = fs.existsSync(json) ? JSON.parse(fs.readFileSync(json, 'utf8')).totals : { errors: -1, warnings: -1 };
fs.rmSync(json, { force: true });
const ok = run.status === 0 && totals.errors === 0 && totals.warnings === 0;
const message = `phpcs --standard=WordPress: ${totals.errors} errors, ${totals.warnings} warnings`;
console.log(message);
const escaped = message.replace(/[<&"]/g, (c) => ({ '<': '&lt;', '&': '&amp;', '"': '&quot;' })[c]);
fs.writeFileSync(path.join(results, 'phpcs.xml'), `<?xml version="1.0"?>
<testsuite name="phpcs" tests="1" failures="${ok ? 0 : 1}" errors="0" skipped="0">
  <testcase name="WordPress Coding Standards">${ok ? '' : `<failure message="${escaped}"/>`}</testcase>
</testsuite>
`);
process.exit(ok ? 0 : 1);
