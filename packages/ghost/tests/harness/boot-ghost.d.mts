export interface BootedGhost {
  /** Where Ghost listens. */
  readonly url: string;
  /** The URL Ghost is configured with (its links; `url` unless `publicUrl` was given). */
  readonly publicUrl: string;
  readonly port: number;
  readonly siteDir: string;
  readonly logFile: string;
  readonly adminKey: string;
  readonly owner: { readonly name: string; readonly email: string; readonly password: string };
  adminFetch(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}
export const OWNER: BootedGhost['owner'];
export function freePort(): Promise<number>;
export function bootGhost(options?: { version?: string; publicUrl?: string }): Promise<BootedGhost>;
