// Runs the plugin's PHPUnit suite against a real WordPress (tests/harness/boot-wordpress.mjs):
// boots WordPress with the plugin active, seeds what both the live site and the tests need,
// snapshots the DB as the template the bootstrap copies for each run, runs Debian's phpunit,
// stops WordPress and exits with phpunit's code. Extra arguments go to phpunit (e.g. --filter X).
// Env: WP_CACHE_DIR (default packages/wordpress/.cache), WP_BUILD (default beta = 6.6), WP_ARCHIVE (a release
// archive booted instead of WP_BUILD), CC_WP_TARGET (names the JUnit report), PHPUNIT (default phpunit).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootWordPress } from '../tests/harness/boot-wordpress.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.resolve(process.env.WP_CACHE_DIR ?? path.join(root, '.cache'));
const wp = await bootWordPress({ cacheDir, build: process.env.WP_BUILD ?? 'beta', archive: process.env.WP_ARCHIVE || undefined, plugins: [{ dir: root, slug: 'cc-signals' }] });
const template = path.join(cacheDir, `phpunit-template-${process.pid}.sqlite`);
let code = 1;
try {
  // A published post with its own choice, present in the live DB (fetched over HTTP by the
  // Site Health probe test) and in every throwaway copy.
  const { result: probeId } = await wp.wpCli(`
$id = wp_insert_post( array( 'post_title' => 'CC signals probe', 'post_status' => 'publish', 'post_author' => 1 ) );
update_post_meta( $id, '_cc_signals', array( 'categories' => array( 'train-ai' => array( 'choice' => 'disallow', 'signal' => 'cc-cr', 'signalVersion' => '0.1' ) ) ) );
return $id;`);
  await wp.snapshotDb(template);
  fs.mkdirSync(path.join(root, '.test-results'), { recursive: true });
  const args = ['-c', 'tests/phpunit/phpunit.xml', '--log-junit', `.test-results/phpunit-wp${process.env.CC_WP_TARGET ?? '6.6'}.xml`, ...process.argv.slice(2)];
  const run = spawnSync(process.env.PHPUNIT ?? 'phpunit', args, {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      WP_SITE_DIR: wp.siteDir,
      WP_TEST_DB_SOURCE: template,
      WP_TEST_URL: wp.url,
      CC_SIGNALS_PROBE_POST: String(probeId),
    },
  });
  if (run.error) console.error(run.error);
  code = run.status ?? 1;
} catch (error) {
  console.error(error);
} finally {
  await wp.stop();
  fs.rmSync(template, { force: true });
}
process.exit(code);
