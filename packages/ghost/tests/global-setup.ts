import type { TestProject } from 'vitest/node';
import { bootGhost } from './harness/boot-ghost.mjs';

/** What the test files get through `inject('ghost')`. */
export interface GhostInfo {
  readonly url: string;
  readonly adminKey: string;
  readonly owner: { readonly email: string; readonly password: string };
  /** Ghost's site directory (its SQLite database: content/data/ghost.db). */
  readonly siteDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    ghost: GhostInfo;
  }
}

/** Boots one real Ghost for the whole run and stops it at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const ghost = await bootGhost();
  project.provide('ghost', { url: ghost.url, adminKey: ghost.adminKey, owner: ghost.owner, siteDir: ghost.siteDir });
  return () => ghost.stop();
}
