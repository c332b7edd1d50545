import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { schemas, services } from '../services/access';
import { FEED_MAX, FEED_SIZE } from '../services/feeds';
import type { FeedFormat } from '../site';

interface FeedCtx {
  request: { origin: string };
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  type: string;
}

const FORMATS: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** Content API: the RSS, Atom and JSON feeds of the content types with a feed mapping, streamed a page of entries at a time. */
export const feeds = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: FeedCtx) {
    const format = ctx.params.format as FeedFormat;
    const type = schemas(strapi).find((candidate) => candidate.info.pluralName === ctx.params.type);
    const limit = feedLimit(ctx.query.limit);
    const chunks = format in FORMATS && type ? await services(strapi).outputs.feed(type.uid, format, ctx.request.origin, limit) : undefined;
    if (chunks === undefined) throw new errors.NotFoundError('No feed is configured here');
    ctx.type = FORMATS[format];
    // Readable.from pulls the next chunk (and so the next page of entries) only as the client takes them.
    ctx.body = Readable.from(chunks);
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
