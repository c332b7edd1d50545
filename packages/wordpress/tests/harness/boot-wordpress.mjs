// boot-wordpress.mjs — boot a real WordPress (SQLite) on 127.0.0.1 using only npm + Debian's php-cli.
// Needs: php-cli (8.2) with sqlite3/pdo_sqlite, xml, mbstring; `unzip`; `tar`; `npm` on PATH.
// Usage: const wp = await bootWordPress({ cacheDir, plugins: [{ dir, activate: true }] });
//        ... wp.url, wp.siteDir, await wp.wpCli('return get_bloginfo("version");'), await wp.stop()
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { createSite, makeNetwork } from './multisite.mjs';
import { SQLITE_PKGS, ensureWordPress, ensureWordPressArchive, installSqlite, npmExtract, sh, withCacheLock } from './wordpress-builds.mjs';

export const USERS = ['admin', 'editor', 'author', 'contributor'].map((role) => ({
  role, login: role, password: `${role}-password`, email: `${role}@example.org`,
}));

const exists = (p) => fs.existsSync(p);

function wpConfig(url) {
  const salt = (k) => `define( '${k}', '${randomBytes(48).toString('base64')}' );`;
  const keys = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((k) => [`${k}_KEY`, `${k}_SALT`]);
  return `<?php
define( 'DB_NAME', 'wordpress' ); define( 'DB_USER', '' ); define( 'DB_PASSWORD', '' );
define( 'DB_HOST', '' ); define( 'DB_CHARSET', 'utf8mb4' ); define( 'DB_COLLATE', '' );
// getenv() lets a PHPUnit bootstrap point the site at a throwaway copy of the database.
defined( 'DB_DIR' ) || define( 'DB_DIR', getenv( 'WP_SQLITE_DB_DIR' ) ?: __DIR__ . '/wp-content/database/' );
defined( 'DB_FILE' ) || define( 'DB_FILE', getenv( 'WP_SQLITE_DB_FILE' ) ?: '.ht.sqlite' );
${keys.map(salt).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' ); define( 'WP_SITEURL', '${url}' );
define( 'WP_DEBUG', true ); define( 'WP_DEBUG_LOG', __DIR__ . '/wp-content/debug.log' );
define( 'WP_DEBUG_DISPLAY', false ); define( 'SCRIPT_DEBUG', false );
define( 'DISABLE_WP_CRON', true ); define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true ); define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`;
}

// No update checks against wordpress.org: with WP_HTTP_BLOCK_EXTERNAL they only add warnings to debug.log.
const MU_PLUGIN = `<?php
foreach ( array( 'admin_init' => array( '_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes' ),
	'init' => array( 'wp_schedule_update_checks' ), 'wp_version_check' => array( 'wp_version_check' ),
	'wp_update_plugins' => array( 'wp_update_plugins' ), 'wp_update_themes' => array( 'wp_update_themes' ),
	'wp_maybe_auto_update' => array( 'wp_maybe_auto_update' ) ) as $hook => $fns ) {
	foreach ( $fns as $fn ) remove_action( $hook, $fn );
}
add_filter( 'translations_api', fn () => array( 'translations' => array() ) ); // Settings → General asks wordpress.org
`;

// php -S router: real files are served as-is (php executed by the server), the rest goes to index.php.
const ROUTER = `<?php
$path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) ?? '/' );
$file = __DIR__ . $path;
if ( strpos( $path, '..' ) !== false ) {
	$path = '/';
} elseif ( $path !== '/' && ( is_file( $file ) || is_file( rtrim( $file, '/' ) . '/index.php' ) ) ) {
	return false;
}
// Subdirectory multisite (as WordPress's .htaccess): /<site>/wp-admin/… and /<site>/*.php are the core files.
if ( preg_match( '#^/[^/]+(/wp-(?:admin|includes|content)/.*|/[^/]+\\.php)$#', $path, $m ) ) {
	$core = __DIR__ . $m[1];
	if ( substr( $core, -1 ) === '/' ) {
		$core .= 'index.php';
	}
	if ( is_file( $core ) ) {
		if ( substr( $core, -4 ) !== '.php' ) { // a static file: serve it here
			$types = array( 'css' => 'text/css', 'js' => 'text/javascript', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'gif' => 'image/gif' );
			header( 'Content-Type: ' . ( $types[ pathinfo( $core, PATHINFO_EXTENSION ) ] ?? 'application/octet-stream' ) );
			readfile( $core );
			return true;
		}
		$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr( $core, strlen( __DIR__ ) );
		$_SERVER['SCRIPT_FILENAME'] = $core;
		chdir( dirname( $core ) );
		require $core;
		return true;
	}
}
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = __DIR__ . '/index.php';
require __DIR__ . '/index.php';
`;

// Prelude for PHP run from the CLI: fake just enough of a request for wp-load.php.
const cliPrelude = (url) => {
  const { host, hostname, port } = new URL(url);
  return `<?php
$_SERVER['HTTP_HOST'] = '${host}'; $_SERVER['SERVER_NAME'] = '${hostname}'; $_SERVER['SERVER_PORT'] = '${port}';
$_SERVER['REQUEST_URI'] = '/'; $_SERVER['REQUEST_METHOD'] = 'GET'; $_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define( 'WP_DISABLE_FATAL_ERROR_HANDLER', true ); // no "critical error" HTML page on the CLI
`;
};

const INSTALL = `
define( 'WP_INSTALLING', true );
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$users = json_decode( getenv( 'WP_USERS' ), true );
$r = wp_install( 'WP Test Site', 'admin', $users[0]['email'], false, '', wp_slash( $users[0]['password'] ) );
foreach ( array_slice( $users, 1 ) as $u ) {
	$id = wp_insert_user( array( 'user_login' => $u['login'], 'user_pass' => $u['password'], 'user_email' => $u['email'], 'role' => $u['role'] ) );
	if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
}
// db.php would otherwise activate its plugin on the first wp-admin page view (admin_footer): do it now.
require_once ABSPATH . 'wp-admin/includes/plugin.php';
activate_plugin( 'sqlite-database-integration/load.php', '', false, true ); // silent: 2.1.11 redirects+exits
global $wp_rewrite;
$wp_rewrite->set_permalink_structure( '/%postname%/' );
$wp_rewrite->flush_rules( false );
echo json_encode( array( 'user_id' => $r['user_id'], 'version' => get_bloginfo( 'version' ) ) );
`;

/** Whether nothing listens on 127.0.0.1:<port> (we could bind it). */
export const portIsFree = (port) => new Promise((resolve) => {
  const srv = net.createServer().once('error', () => resolve(false));
  srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
});

// A port asked for must be ours: never talk to whatever else already listens there.
async function assertPortFree(port) {
  if (!(await portIsFree(port))) throw new Error(`port ${port} on 127.0.0.1 is already in use: stop what listens there, or choose another port`);
}

const freePort = () => new Promise((resolve, reject) => {
  const srv = net.createServer().once('error', reject);
  srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
});

async function waitForServer(url, child, logFile, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode) {
      throw new Error(`php -S exited (${child.exitCode ?? child.signalCode}): ${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    }
    try { await fetch(`${url}/wp-includes/images/blank.gif`); return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`php -S did not answer on ${url} within ${timeoutMs} ms`);
}

// Counts the DB queries of a request: output is buffered, so the header can still be sent at shutdown.
export const QUERY_COUNT_MU_PLUGIN = `<?php
ob_start();
add_action( 'shutdown', function () {
	if ( ! headers_sent() ) header( 'X-Queries: ' . (int) $GLOBALS['wpdb']->num_queries );
}, 0 );
`;

async function prepareSite(cacheDir, wpDir, o) {
  // Site dirs live next to the cache by default: copying into /tmp was 20x slower on this VM.
  await fsp.mkdir(path.join(cacheDir, 'sites'), { recursive: true });
  const siteDir = o.siteDir ?? (await fsp.mkdtemp(path.join(cacheDir, 'sites', 'wp-')));
  // Core files are hard-linked (cp -a of ~55 MB took 2-3 s here, -al 0.2 s); wp-content is a real copy.
  // So never edit core files inside a site: the edit would land in the cache too.
  const core = (await fsp.readdir(wpDir)).filter((f) => f !== 'wp-content' && f !== '.complete');
  await sh('cp', ['-al', ...core.map((f) => path.join(wpDir, f)), siteDir]);
  await sh('cp', ['-a', path.join(wpDir, 'wp-content'), siteDir]);
  const mu = path.join(siteDir, 'wp-content/mu-plugins');
  await fsp.mkdir(mu, { recursive: true });
  await fsp.writeFile(path.join(mu, 'harness.php'), MU_PLUGIN);
  if (o.countQueries) await fsp.writeFile(path.join(mu, 'harness-queries.php'), QUERY_COUNT_MU_PLUGIN);
  await installSqlite(cacheDir, siteDir, o.sqlite ?? 'cli');
  const port = o.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  await fsp.writeFile(path.join(siteDir, 'wp-config.php'), wpConfig(url));
  await fsp.writeFile(path.join(siteDir, 'router.php'), ROUTER);
  return { siteDir, port, url };
}

function phpRunners(php, siteDir, url) {
  let snippetNo = 0;
  const debugLog = path.join(siteDir, 'wp-content/debug.log');
  const phpRun = async (body, env = {}, extra = {}) => {
    const file = path.join(siteDir, `.cli-${process.pid}-${snippetNo++}.php`);
    const logSize = (await fsp.stat(debugLog).catch(() => ({ size: 0 }))).size;
    await fsp.writeFile(file, cliPrelude(url) + body.replaceAll('__SNIPPET__', `${file}.snippet`));
    for (const [suffix, text] of Object.entries(extra)) await fsp.writeFile(file + suffix, text);
    try {
      return (await sh(php, ['-d', 'memory_limit=512M', file], { cwd: siteDir, env: { ...process.env, ...env } })).stdout;
    } catch (e) { // WP_DEBUG_DISPLAY is off, so the real error is in debug.log
      const log = (await fsp.readFile(debugLog).catch(() => Buffer.alloc(0))).subarray(logSize).toString();
      throw new Error(`PHP failed (${e.code}): ${log}${e.stderr || ''}${e.stdout || ''}`.slice(0, 4000));
    } finally { await Promise.all([file, ...Object.keys(extra).map((x) => file + x)].map((f) => fsp.rm(f, { force: true }))); }
  };
  // Runs a PHP snippet with WordPress loaded, at global scope; `return x;` comes back JSON-decoded.
  const wpCli = async (code) => {
    const out = await phpRun(`require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_set_current_user( 1 );
$__r = include '__SNIPPET__';
echo "\\n@@WPCLI@@" . json_encode( $__r === 1 ? null : $__r );`, {}, { '.snippet': `<?php\n${code}\n` });
    const i = out.lastIndexOf('\n@@WPCLI@@');
    if (i < 0) throw new Error(`wpCli: PHP exited before the snippet returned (exit/redirect?): ${out.slice(0, 2000)}`);
    return { output: out.slice(0, i), result: JSON.parse(out.slice(i + 10)) };
  };
  return { phpRun, wpCli };
}

async function startServer(php, port, siteDir, removeSite, phpArgs = []) {
  const logFile = path.join(siteDir, 'server.log');
  const logFd = fs.openSync(logFile, 'a'); // a file, not a pipe: an unread pipe would stall php -S
  // setpriv --pdeathsig (util-linux) makes the kernel kill php -S if this Node process dies, even by SIGKILL.
  const serverEnv = { ...process.env };
  delete serverEnv.PHP_CLI_SERVER_WORKERS; // workers outlive a killed parent: never use them
  const serverCmd = [php, '-S', `127.0.0.1:${port}`, '-d', 'memory_limit=512M', ...phpArgs, 'router.php'];
  if (exists('/usr/bin/setpriv')) serverCmd.unshift('/usr/bin/setpriv', '--pdeathsig', 'KILL', '--');
  const child = spawn(serverCmd[0], serverCmd.slice(1), { cwd: siteDir, stdio: ['ignore', logFd, logFd], env: serverEnv });
  fs.closeSync(logFd);
  const killOnExit = () => { try { child.kill('SIGKILL'); } catch { /* already gone */ } };
  process.on('exit', killOnExit);
  const exited = new Promise((r) => child.once('exit', r));
  const stop = async ({ keepSite = false } = {}) => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && !child.signalCode) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(t);
    }
    if (!keepSite && removeSite) await fsp.rm(siteDir, { recursive: true, force: true });
  };
  try { await waitForServer(`http://127.0.0.1:${port}`, child, logFile); } catch (e) { await stop({ keepSite: true }); throw e; }
  return { child, stop };
}

// Options: cacheDir ('./.cache', reused across runs), build ('beta' = 6.6-RC3 | 'nightly' | '6.5' | '6.4'),
// archive (a release archive such as wordpress-7.1.0.tar.xz, default $WP_ARCHIVE: used instead of `build`),
// sqlite ('cli' = driver 3.0.2 | 'builds' = 2.1.11), plugins [{ dir, slug?, activate = true, copy = false }],
// siteDir (kept by stop(); default: a fresh <cacheDir>/sites/wp-XXXXXX removed by stop()), port, php,
// phpArgs (extra `php -S` arguments, e.g. ['-d', 'opcache.enable_cli=1']),
// countQueries (an mu-plugin adds `X-Queries: <num_queries>` to every response), multisite (a subdirectory
// network: plugins are network-activated, wp.createSite(slug) adds a site at /<slug>/).
export async function bootWordPress(o = {}) {
  if (o.port !== undefined) await assertPortFree(o.port);
  const t0 = Date.now(); const timings = {}; let last = t0;
  const lap = (k) => { const now = Date.now(); timings[k] = now - last; last = now; };
  const cacheDir = path.resolve(o.cacheDir ?? './.cache');
  const php = o.php ?? 'php'; const sqlite = o.sqlite ?? 'cli';
  // $WP_ARCHIVE (set per target by scripts/run-tests.mjs) puts every boot of a test run on that release.
  const archive = o.archive ?? (process.env.WP_ARCHIVE || undefined);
  const { wpDir } = await withCacheLock(cacheDir, async () => {
    await npmExtract(cacheDir, SQLITE_PKGS[sqlite].spec, [SQLITE_PKGS[sqlite].zip]);
    return archive ? ensureWordPressArchive(cacheDir, archive) : ensureWordPress(cacheDir, o.build ?? 'beta');
  });
  lap('unpack');
  const { siteDir, port, url } = await prepareSite(cacheDir, wpDir, o);
  lap('copy');
  const { phpRun, wpCli } = phpRunners(php, siteDir, url);
  const installed = JSON.parse(await phpRun(INSTALL, { WP_USERS: JSON.stringify(USERS) }));
  if (o.multisite) await makeNetwork(phpRun, siteDir, url);
  lap('install');
  for (const p of o.plugins ?? []) {
    const slug = p.slug ?? path.basename(path.resolve(p.dir));
    const dest = path.join(siteDir, 'wp-content/plugins', slug);
    if (p.copy) await sh('cp', ['-a', path.resolve(p.dir), dest]);
    else await fsp.symlink(path.resolve(p.dir), dest, 'dir');
    if (p.activate !== false) await activatePlugin(wpCli, slug, Boolean(o.multisite));
  }
  // Rules flushed under WP_INSTALLING lack the taxonomy archives (/category/x/ was a 404); plugins add rules too.
  await wpCli('global $wp_rewrite; $wp_rewrite->flush_rules( false );');
  lap('plugins');
  const { child, stop } = await startServer(php, port, siteDir, !o.siteDir, o.phpArgs);
  lap('serve');
  timings.total = Date.now() - t0;
  // Consistent copy of the live DB at any moment (SQLite3::backup). The driver uses WAL mode; a plain file
  // copy is only safe while no request or wpCli call is running (each connection checkpoints on close).
  const snapshotDb = async (dest) => {
    await phpRun(`$s = new SQLite3( getenv( 'SRC' ), SQLITE3_OPEN_READONLY ); $d = new SQLite3( getenv( 'DEST' ) );
if ( ! $s->backup( $d ) ) { fwrite( STDERR, $s->lastErrorMsg() ); exit( 1 ); }
$d->exec( 'PRAGMA journal_mode = DELETE' ); $d->close(); $s->close(); // one self-contained file`, { SRC: path.join(siteDir, 'wp-content/database/.ht.sqlite'), DEST: path.resolve(dest) });
    return path.resolve(dest);
  };
  return { url, siteDir, version: installed.version, port, users: USERS, timings, pid: child.pid, stop, wpCli, snapshotDb,
    activatePlugin: (slug) => activatePlugin(wpCli, slug, Boolean(o.multisite)),
    createSite: (slug, title) => createSite(wpCli, slug, title) };
}

async function activatePlugin(wpCli, slug, networkWide = false) {
  const { result } = await wpCli(`
$plugins = get_plugins( '/' . ${JSON.stringify(slug)} );
if ( ! $plugins ) return array( 'error' => 'no plugin header found in ' . ${JSON.stringify(slug)} );
$file = ${JSON.stringify(slug)} . '/' . array_key_first( $plugins );
$r = activate_plugin( $file, '', ${networkWide ? 'true' : 'false'} );
return is_wp_error( $r ) ? array( 'error' => $r->get_error_message() ) : array( 'file' => $file );`);
  if (result.error) throw new Error(`activate ${slug}: ${result.error}`);
  return result.file;
}

// CLI: `node boot-wordpress.mjs [build | path/to/wordpress-x.y.z.tar.xz]` boots, prints the URL, stops on Ctrl-C.
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = process.argv[2] ?? 'beta';
  const wp = await bootWordPress(/\.(tar\.\w+|zip)$/.test(arg) ? { archive: arg } : { build: arg });
  console.log(JSON.stringify({ url: wp.url, siteDir: wp.siteDir, version: wp.version, timings: wp.timings }));
  const bye = async () => { await wp.stop(); process.exit(0); };
  process.on('SIGINT', bye); process.on('SIGTERM', bye);
}
