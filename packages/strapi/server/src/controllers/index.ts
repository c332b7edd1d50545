import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { ValidationError } from '@cc-signals/core';
import { errors } from '@strapi/utils';
import { setSignalOnEntries } from '../bulk';
import { schemas, services } from '../services/access';
import { FEED_MAX, FEED_SIZE } from '../services/outputs';
import type { FeedFormat, Site } from '../site';
import type { OmittedItem } from '@cc-signals/core/site';
import { vocabularyIds } from '../vocabularies';

interface Ctx {
  request: { body?: unknown; origin: string };
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  type: string;
  status: number;
}

const FORMATS: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

function badRequest(error: unknown): never {
  if (error instanceof ValidationError) {
    throw new errors.ValidationError(error.message, { field: error.field, allowed: error.allowed ?? [] });
  }
  throw error;
}


/** Admin: read, update and preview the plugin settings. */
export const settings = ({ strapi }: { strapi: Core.Strapi }) => {
  const uids = () => services(strapi).settings.contentTypes().map((type) => type.uid);
  const signalsOf = (site: Site) => ({
    site: site.section(),
    contentTypes: Object.fromEntries(uids().map((uid) => [uid, site.section(uid)])),
  });
  return {
    async find(ctx: Ctx) {
      const service = services(strapi).settings;
      ctx.body = { settings: await service.get(), contentTypes: service.contentTypes(), vocabularies: vocabularyIds() };
    },
    async update(ctx: Ctx) {
      try {
        ctx.body = { settings: await services(strapi).settings.update(ctx.request.body) };
      } catch (error) {
        badRequest(error);
      }
    },
    /** What an entry that makes no choice inherits, and from where. */
    async inherited(ctx: Ctx) {
      const service = services(strapi).settings;
      const site = await service.site();
      const uid = ctx.params.uid ?? '';
      const { intent, headers, from } = site.section(uid);
      const layers = Object.values(from);
      const source = layers.includes('section') ? 'contentType' : layers.includes('site') ? 'site' : 'none';
      const field = service.contentTypes().find((type) => type.uid === uid)?.field ?? null;
      ctx.body = { source, from, field, intent, headers };
    },
    /** The headers and robots.txt that unsaved settings would give. */
    async preview(ctx: Ctx) {
      try {
        const preview = await services(strapi).settings.preview(ctx.request.body);
        const robots = await services(strapi).outputs.robotsReport(preview);
        ctx.body = { signals: signalsOf(preview.site), robotsTxt: robots.text, robotsOmitted: omittedEntries(robots.omitted) };
      } catch (error) {
        badRequest(error);
      }
    },
  };
};

/** The entries robots.txt leaves out, with the content type and document they belong to (for a link to each). */
function omittedEntries(omitted: readonly OmittedItem[]) {
  return omitted.map((item) => {
    const [uid = '', documentId = ''] = item.id.split(/:(?=[^:]*$)/);
    return { ...item, uid, documentId };
  });
}

/** Admin: set one signal on the entries selected in the list view. */
export const entries = ({ strapi }: { strapi: Core.Strapi }) => ({
  async bulk(ctx: Ctx & { state: { userAbility?: { can(action: string, subject?: string): boolean } } }) {
    ctx.body = { updated: await setSignalOnEntries(strapi, (ctx.request.body ?? {}), ctx.state.userAbility) };
  },
});

/** Content API: the RSS, Atom and JSON feeds of the content types with a feed mapping. */
export const feeds = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const format = ctx.params.format as FeedFormat;
    const type = schemas(strapi).find((candidate) => candidate.info.pluralName === ctx.params.type);
    const limit = feedLimit(ctx.query.limit);
    const body =
      format in FORMATS && type ? await services(strapi).outputs.feed(type.uid, format, ctx.request.origin, limit) : undefined;
    if (body === undefined) throw new errors.NotFoundError('No feed is configured here');
    ctx.type = FORMATS[format];
    // RSS and Atom are written while the entries are read, a page at a time.
    ctx.body = typeof body === 'string' ? body : Readable.from(body);
  },
});

/** The `limit` query parameter: entries to list, 1 to FEED_MAX (FEED_SIZE when absent). */
function feedLimit(value: unknown): number {
  if (value === undefined) return FEED_SIZE;
  const limit = typeof value === 'string' && /^[1-9][0-9]*$/.test(value) ? Number(value) : Number.NaN;
  if (!(limit <= FEED_MAX)) {
    const allowed = [`an integer from 1 to ${String(FEED_MAX)}`];
    throw new errors.ValidationError(`limit: ${JSON.stringify(value)} is not allowed; expected ${allowed[0] ?? ''}`, { field: 'limit', allowed });
  }
  return limit;
}

export default { settings, feeds, entries };
