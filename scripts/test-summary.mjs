// Prints one closing line for every test run in the workspace:
// "tests: N passed, N failed, N skipped". Reads the JSON reports that each
// package's test script writes to .test-results/ (vitest JSON, PHPUnit JUnit),
// after the lines of any notes.txt there (what a package could not test here, and why).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];

function addVitest(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}

function addJunit(file) {
  const xml = readFileSync(file, 'utf8');
  const suite = /<testsuite\b[^>]*>/.exec(xml)?.[0] ?? '';
  const count = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suite)?.[1] ?? 0);
  const failed = count('failures') + count('errors');
  const skipped = count('skipped');
  totals.failed += failed;
  totals.skipped += skipped;
  totals.passed += count('tests') - failed - skipped;
}

for (const root of ['packages', 'apps']) {
  if (!existsSync(root)) continue;
  for (const name of readdirSync(root)) {
    const dir = join(root, name, '.test-results');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      if (file === 'notes.txt') notes.push(...readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean));
      else if (file.endsWith('.json')) addVitest(join(dir, file));
      else if (file.endsWith('.xml')) addJunit(join(dir, file));
    }
  }
}

for (const line of new Set(notes)) console.log(`not tested: ${line}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 || totals.passed === 0 ? 1 : 0;
