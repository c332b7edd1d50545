// Types of boot-wordpress.mjs for the TypeScript tests.
export interface HarnessUser { role: string; login: string; password: string; email: string }
export interface PluginOption { dir: string; slug?: string; activate?: boolean; copy?: boolean }
export interface BootOptions {
  cacheDir?: string;
  build?: 'beta' | 'nightly' | '6.5' | '6.4';
  /** A WordPress release archive (.tar.xz/.tar.gz/.zip); used instead of `build`. */
  archive?: string;
  sqlite?: 'cli' | 'builds';
  plugins?: PluginOption[];
  siteDir?: string;
  port?: number;
  php?: string;
  countQueries?: boolean;
  /** Extra arguments of `php -S`, e.g. `['-d', 'opcache.enable_cli=1']`. */
  phpArgs?: string[];
  /** A subdirectory multisite network; plugins are network-activated. */
  multisite?: boolean;
}
export interface WordPress {
  url: string;
  siteDir: string;
  version: string;
  port: number;
  users: HarnessUser[];
  timings: Record<string, number>;
  pid: number;
  stop(options?: { keepSite?: boolean }): Promise<void>;
  wpCli(code: string): Promise<{ output: string; result: unknown }>;
  snapshotDb(dest: string): Promise<string>;
  activatePlugin(slug: string): Promise<string>;
  /** Multisite only: adds a site at /<slug>/ (wpmu_create_blog). */
  createSite(slug: string, title?: string): Promise<{ id: number; url: string }>;
}
export const USERS: HarnessUser[];
export const QUERY_COUNT_MU_PLUGIN: string;
export function bootWordPress(options?: BootOptions): Promise<WordPress>;
export function portIsFree(port: number): Promise<boolean>;
