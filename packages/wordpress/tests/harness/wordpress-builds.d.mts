// Types of wordpress-builds.mjs for the TypeScript tests (the parts they use).
export const DEFAULT_RELEASE_ARCHIVE: string;
export interface WordPressTarget { name: string; env: Record<string, string> }
export function wordpressTargets(env?: Record<string, string | undefined>): { targets: WordPressTarget[]; missing: string | null };
