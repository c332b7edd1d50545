import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import type { GhostSignalsConfig } from '../config.js';
import { RawAdminClient, type AdminAuth } from './staff.js';
import { DECLARATION_PARTIAL, themeKitFiles, withRssRoute } from './templates.js';

/** Options of {@link installThemeKit}. */
export interface InstallThemeKitOptions {
  readonly url: string;
  /** The integration key: theme download, upload and activation. */
  readonly adminKey: string;
  /** Staff access token or session: needed for routes.yaml only. */
  readonly staff?: AdminAuth;
  /** The theme to extend (default: the active one). */
  readonly theme?: string;
  /** The theme as a zip already at hand (its name: the file name without .zip). */
  readonly themeZip?: { readonly name: string; readonly bytes: Uint8Array };
  /** Insert `{{> "cc-signals"}}` after `{{content}}` in post.hbs and page.hbs. */
  readonly insertPartial?: boolean;
  readonly dryRun?: boolean;
}

/** What the installer did. */
export interface InstallThemeKitResult {
  readonly theme: string;
  readonly installedAs: string;
  readonly files: readonly string[];
  readonly inserted: readonly string[];
  readonly routes: 'added' | 'present' | 'skipped';
}

const SUFFIX = '-cc-signals';

/** The folder inside the zip that holds the theme's package.json ('' when at the root). */
function themeRoot(files: Unzipped): string {
  const manifest = Object.keys(files).filter((name) => name.endsWith('package.json') && !name.includes('node_modules/')).sort((a, b) => a.length - b.length)[0];
  if (manifest === undefined) throw new Error('theme kit: the theme zip has no package.json');
  return manifest.slice(0, -'package.json'.length);
}

function insertPartial(template: string): string | undefined {
  if (template.includes(`{{> "${DECLARATION_PARTIAL}"}}`) || template.includes(`{{> ${DECLARATION_PARTIAL}}}`)) return undefined;
  const parts = template.split('{{content}}');
  if (parts.length !== 2) return undefined;
  return parts.join(`{{content}}\n{{> "${DECLARATION_PARTIAL}"}}`);
}

/** The theme zip with the kit's files added (and the partial inserted when asked), renamed. */
export function extendTheme(zip: Uint8Array, name: string, config: GhostSignalsConfig, insert: boolean) {
  const files = unzipSync(zip);
  const root = themeRoot(files);
  const kit = themeKitFiles(config);
  for (const file of kit) files[`${root}${file.path}`] = strToU8(file.text);
  const inserted: string[] = [];
  for (const template of insert ? ['post.hbs', 'page.hbs'] : []) {
    const current = files[`${root}${template}`];
    const next = current ? insertPartial(strFromU8(current)) : undefined;
    if (next !== undefined) {
      files[`${root}${template}`] = strToU8(next);
      inserted.push(template);
    }
  }
  const manifestPath = `${root}package.json`;
  const manifest = JSON.parse(strFromU8(files[manifestPath] ?? strToU8('{}'))) as Record<string, unknown>;
  files[manifestPath] = strToU8(`${JSON.stringify({ ...manifest, name }, null, 2)}\n`);
  return { zip: zipSync(files), files: kit.map((file) => file.path), inserted };
}

/**
 * Adds the kit to a theme and uploads it as `<theme>-cc-signals`, then
 * activates it. The theme comes from `themeZip`, or is downloaded, which
 * (like routes.yaml) needs staff credentials: integrations may upload and
 * activate themes but not list or download them.
 */
export async function installThemeKit(options: InstallThemeKitOptions, config: GhostSignalsConfig): Promise<InstallThemeKitResult> {
  const integration = new RawAdminClient(options.url, { token: options.adminKey });
  const staff = options.staff ? new RawAdminClient(options.url, options.staff) : undefined;
  // Before anything is read or written: a contributor's or author's session changes no defaults.
  await staff?.assertMayChangeDefaults();
  const source = await themeSource(options, staff);
  const installedAs = source.name.endsWith(SUFFIX) ? source.name : `${source.name}${SUFFIX}`;
  const extended = extendTheme(source.zip, installedAs, config, options.insertPartial ?? false);
  let routes: InstallThemeKitResult['routes'] = 'skipped';
  if (!options.dryRun) {
    const form = new FormData();
    form.append('file', new Blob([extended.zip], { type: 'application/zip' }), `${installedAs}.zip`);
    await integration.request('POST', 'themes/upload/', form);
    await integration.request('PUT', `themes/${encodeURIComponent(installedAs)}/activate/`);
    if (staff) routes = await addRoute(staff);
  }
  return { theme: source.name, installedAs, files: extended.files, inserted: extended.inserted, routes };
}

async function themeSource(options: InstallThemeKitOptions, staff: RawAdminClient | undefined): Promise<{ name: string; zip: Uint8Array }> {
  if (options.themeZip) {
    const name = options.theme ?? options.themeZip.name;
    return { name, zip: options.themeZip.bytes };
  }
  if (!staff) {
    throw new Error(
      'theme kit: reading the active theme needs staff credentials (integration keys cannot list or download themes): ' +
        'pass a staff access token or session, or --theme-zip with the theme downloaded from Ghost Admin (Settings → Design → Change theme)',
    );
  }
  const themes = (await (await staff.request('GET', 'themes/')).json()) as { themes: { name: string; active: boolean }[] };
  const name = options.theme ?? themes.themes.find((candidate) => candidate.active)?.name;
  if (name === undefined || !themes.themes.some((candidate) => candidate.name === name)) {
    throw new Error(`theme kit: no theme "${name ?? '(active)'}"; installed: ${themes.themes.map((t) => t.name).join(', ')}`);
  }
  const download = await staff.request('GET', `themes/${encodeURIComponent(name)}/download/`);
  return { name, zip: new Uint8Array(await download.arrayBuffer()) };
}
async function addRoute(staff: RawAdminClient): Promise<'added' | 'present'> {
  const current = await (await staff.request('GET', 'settings/routes/yaml/')).text();
  const next = withRssRoute(current);
  if (next === current) return 'present';
  const form = new FormData();
  form.append('routes', new Blob([next], { type: 'application/yaml' }), 'routes.yaml');
  await staff.request('POST', 'settings/routes/yaml/', form);
  return 'added';
}
