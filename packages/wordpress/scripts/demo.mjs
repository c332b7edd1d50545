// Boots WordPress with the plugin active and seeded posts (one per preset,
// under a site default of "Disallow except CC Credit"), for `npm run demo`.
// Prints the URL and the admin login; `--once` stops after printing, else it
// serves until Ctrl-C. Port: WP_DEMO_PORT (fails clearly when taken), else 8881, else a free port.
// Runs the current WordPress release (../shared/wordpress, or $WP_RELEASE_ARCHIVE) when present, else 6.6.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootWordPress, portIsFree } from '../tests/harness/boot-wordpress.mjs';
import { wordpressTargets } from '../tests/harness/wordpress-builds.mjs';

const pluginDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.WP_DEMO_PORT ? Number(process.env.WP_DEMO_PORT) : ((await portIsFree(8881)) ? 8881 : undefined);
const release = wordpressTargets().targets.at(-1).env.WP_ARCHIVE || undefined;

const wp = await bootWordPress({
  cacheDir: path.join(pluginDir, '.cache'),
  build: 'beta',
  archive: release,
  port,
  plugins: [{ dir: pluginDir, slug: 'cc-signals' }],
});

// Seeds through the plugin's own data, so the demo shows exactly the presets editors offer.
const { result } = await wp.wpCli(`
$settings = get_option( 'cc_signals_settings' );
$settings['site_default'] = array( 'categories' => array(
	'train-ai' => array( 'choice' => 'disallow', 'signal' => 'cc-cr', 'signalVersion' => '0.1' ),
	'search'   => array( 'choice' => 'allow' ),
) );
update_option( 'cc_signals_settings', $settings );
$urls = array();
foreach ( cc_signals_presets() as $index => $preset ) {
	$id = wp_insert_post( array(
		'post_title'   => $preset['title'],
		'post_name'    => 'preset-' . $preset['id'],
		'post_content' => '<!-- wp:paragraph --><p>' . esc_html( $preset['description'] ) . '</p><!-- /wp:paragraph --><!-- wp:cc-signals/declaration /-->',
		'post_status'  => 'publish',
		'post_author'  => 3,
		'post_date'    => sprintf( '2026-01-%02d 10:00:00', $index + 1 ),
	) );
	update_post_meta( $id, '_cc_signals', $preset['intent'] );
	$urls[ $preset['id'] ] = get_permalink( $id );
}
return $urls;
`);

const admin = wp.users.find((user) => user.login === 'admin') ?? wp.users[0];
console.log(`WordPress ${wp.version} with CC signals: ${wp.url}/`);
console.log(`  admin: ${wp.url}/wp-admin/  (user "${admin.login}", password "${admin.password}")`);
console.log(`  settings: ${wp.url}/wp-admin/options-general.php?page=cc-signals`);
for (const [preset, url] of Object.entries(result)) console.log(`  ${preset.padEnd(9)} ${url}`);
const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('cc-signals/package.json')), 'dist/bin.js');
console.log(`\n$ cc-signals inspect ${result['cc-cr-op']}`);
console.log(execFileSync(process.execPath, [cli, 'inspect', result['cc-cr-op']], { encoding: 'utf8' }).trimEnd());
if (process.argv.includes('--once')) await wp.stop();
else process.on('SIGINT', () => void wp.stop().then(() => process.exit(0)));
