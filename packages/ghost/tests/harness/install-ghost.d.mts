export const GHOST_VERSION: string;
export const cacheDir: string;
export function ensureGhost(version?: string): Promise<string>;
export function node22BinDir(): Promise<string>;
export function sh(command: string, args: string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv; log?: string }): Promise<void>;
