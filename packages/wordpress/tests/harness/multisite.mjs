// Turns a freshly installed single site into a subdirectory multisite network (WordPress's own
// install_network() + populate_network(), then the MULTISITE constants in wp-config.php), as
// Network Setup does. Sites are then added with wpmu_create_blog() (see createSite).
import fsp from 'node:fs/promises';
import path from 'node:path';

const NETWORK = `
define( 'WP_INSTALLING_NETWORK', true );
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/network.php';
foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) { // as wp-admin/network.php does
	$wpdb->$table = $prefixed;
}
install_network();
$r = populate_network( 1, $_SERVER['HTTP_HOST'], get_option( 'admin_email' ), 'WP Test Network', '/', false );
if ( is_wp_error( $r ) ) { fwrite( STDERR, $r->get_error_message() ); exit( 1 ); }
echo 'ok';
`;

/**
 * Converts the site in `siteDir` (served at `url`) into a subdirectory network. The site URL
 * constants go: each site has its own home and siteurl options.
 */
export async function makeNetwork(phpRun, siteDir, url) {
  await phpRun(NETWORK);
  const { host } = new URL(url);
  const file = path.join(siteDir, 'wp-config.php');
  const config = (await fsp.readFile(file, 'utf8'))
    .replace(/^define\( 'WP_HOME'.*$/m, '')
    .replace("if ( ! defined( 'ABSPATH' ) )", `define( 'MULTISITE', true ); define( 'SUBDOMAIN_INSTALL', false );
define( 'DOMAIN_CURRENT_SITE', '${host}' ); define( 'PATH_CURRENT_SITE', '/' );
define( 'SITE_ID_CURRENT_SITE', 1 ); define( 'BLOG_ID_CURRENT_SITE', 1 );
if ( ! defined( 'ABSPATH' ) )`);
  await fsp.writeFile(file, config);
}

/** Adds a site at `/<slug>/` with wpmu_create_blog(); returns its id and URL. */
export async function createSite(wpCli, slug, title = slug) {
  const { result } = await wpCli(`$network = get_network();
$id = wpmu_create_blog( $network->domain, '/' . ${JSON.stringify(slug)} . '/', ${JSON.stringify(title)}, 1, array( 'public' => 1 ), $network->id );
if ( is_wp_error( $id ) ) return array( 'error' => $id->get_error_message() );
switch_to_blog( $id ); $url = home_url( '/' ); restore_current_blog();
return array( 'id' => $id, 'url' => $url );`);
  if (result.error) throw new Error(`wpmu_create_blog ${slug}: ${result.error}`);
  return result;
}
