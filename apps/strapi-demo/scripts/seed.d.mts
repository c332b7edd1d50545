import type { Strapi } from './boot.mjs';

/** The demo's admin login. */
export const ADMIN: { readonly email: string; readonly password: string };

/** What seed() made: one article per preset (by preset id), the page's and the note's documentId. */
export interface Seeded {
  readonly articles: readonly { readonly preset: string; readonly documentId: string }[];
  readonly page: string;
  readonly note: string;
}

export function seed(strapi: Strapi): Promise<Seeded>;
