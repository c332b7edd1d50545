/** The Strapi instance (typed loosely: Strapi's own types are for apps with generated types). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Strapi = any;

export interface BootedStrapi {
  readonly strapi: Strapi;
  readonly url: string;
  /** Every SQL statement run since the last `queries.length = 0`. */
  readonly queries: string[];
  stop(): Promise<void>;
}

export interface BootOptions {
  /** Reuse this database file (to boot the same data again); a fresh one otherwise, removed on stop. */
  readonly databaseFile?: string;
  readonly env?: Record<string, string>;
  /** Serve the admin panel (built by ensureAdminBuilt). */
  readonly admin?: boolean;
  /** Listen on this port; a free one by default. */
  readonly port?: number;
}

export const appDir: string;
export function freshDatabaseFile(): string;
export function bootStrapi(options?: BootOptions): Promise<BootedStrapi>;
