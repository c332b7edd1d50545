import type { Core } from '@strapi/strapi';

/** An entry as the document service returns it. */
export type Entry = Record<string, unknown>;
type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

/** The published entries of a content type (default locale unless `options.locale` says otherwise). */
export async function published(strapi: Core.Strapi, uid: string, fields: string[], options: Record<string, unknown> = {}): Promise<Entry[]> {
  const query = { fields: ['documentId', ...fields], status: 'published', ...options };
  const entries: unknown = await strapi.documents(uid as DocumentsUid).findMany(query as never);
  return entries as Entry[];
}

/** An attribute as an RFC 3339 date, or undefined when it is not a date. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
