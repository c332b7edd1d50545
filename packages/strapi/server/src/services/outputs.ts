import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { storedIntent } from '../field-value';
import type { Settings } from '../settings-schema';
import type { EntryRule, FeedFormat, Site } from '../site';
import { services } from './access';
import { FEED_SIZE, feed } from './feeds';

type Entry = Record<string, unknown>;
type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

async function published(strapi: Core.Strapi, uid: string, fields: string[], options: Record<string, unknown> = {}): Promise<Entry[]> {
  const query = { fields: ['documentId', ...fields], status: 'published', ...options };
  const entries: unknown = await strapi.documents(uid as DocumentsUid).findMany(query as never);
  return entries as Entry[];
}

/** The published entries (every locale) with a choice of their own, as robots.txt sees them. */
async function robotsEntries(strapi: Core.Strapi): Promise<EntryRule[]> {
  const rules: EntryRule[] = [];
  for (const type of services(strapi).settings.contentTypes()) {
    if (!type.field || type.kind === 'singleType') continue;
    for (const entry of await published(strapi, type.uid, [type.field, 'publishedAt'], { locale: '*' })) {
      if (!storedIntent(entry[type.field])) continue;
      const date = isoDate(entry.publishedAt);
      rules.push({ uid: type.uid, documentId: String(entry.documentId), stored: entry[type.field], ...(date ? { published: date } : {}) });
    }
  }
  return rules;
}

/**
 * robots.txt and feeds, built from the published entries. robots.txt is
 * cached until an entry or the settings change.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let robotsCache: string | undefined;
  const appRobots = async (): Promise<string> => readFile(path.join(strapi.dirs.static.public, 'robots.txt'), 'utf8').catch(() => '');

  return {
    /**
     * The app's public/robots.txt with the plugin's rules added (unchanged when
     * robots output is off). `preview` gives unsaved settings (not cached).
     */
    async robots(preview?: { settings: Settings; site: Site }): Promise<string> {
      if (!preview && robotsCache !== undefined) return robotsCache;
      const settings = preview?.settings ?? (await services(strapi).settings.get());
      const site = preview?.site ?? (await services(strapi).settings.site());
      const existing = await appRobots();
      const text = settings.outputs.robots ? site.robotsTxt(existing, await robotsEntries(strapi)).text : existing;
      if (!preview) robotsCache = text;
      return text;
    },
    invalidate() {
      robotsCache = undefined;
    },
    feed: (uid: string, format: FeedFormat, origin: string, limit = FEED_SIZE) => feed(strapi, uid, format, origin, limit),
  };
};

/** An attribute as an RFC 3339 date, or undefined when it is not a date. */
function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
