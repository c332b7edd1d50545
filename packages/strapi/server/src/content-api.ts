import type { Preferences } from '@cc-signals/core';
import type { Core } from '@strapi/strapi';
import { ENTRY_KEY } from './constants';
import { schemaOf, services } from './services/access';
import { signalAttribute } from './services/settings';

type Entry = Record<string, unknown>;

interface KoaContext {
  method: string;
  path: string;
  status: number;
  body: unknown;
  query: Record<string, unknown>;
  response: { headers: Record<string, string | string[] | number | undefined> };
  set(field: string, value: string): void;
  state: { route?: { handler?: unknown; info?: { type?: string } } };
}

const READ_ACTIONS = new Set(['find', 'findOne']);

/** The content type uid and action of a core content API route (`api::article.article.findOne`). */
export function routeTarget(route: KoaContext['state']['route']): { uid: string; action: string } | undefined {
  if (route?.info?.type !== 'content-api' || typeof route.handler !== 'string') return undefined;
  const match = /^(api::[^.]+\.[^.]+)\.([A-Za-z]+)$/.exec(route.handler);
  return match && READ_ACTIONS.has(match[2] ?? '') ? { uid: match[1] ?? '', action: match[2] ?? '' } : undefined;
}

/**
 * Koa middleware for content API reads: one entry gets its resolved signal
 * in the response headers, a list its content type's default; each entry in
 * the data carries `ccSignals: { preferences, headers }` for front ends.
 */
export function contentApiMiddleware(strapi: Core.Strapi) {
  return async (ctx: KoaContext, next: () => Promise<unknown>) => {
    await next();
    const target = routeTarget(ctx.state.route);
    if (!target || ctx.status !== 200 || !isRecord(ctx.body)) return;
    try {
      await addSignals(strapi, ctx, target.uid, ctx.body);
    } catch (error) {
      // The content is still served, without signals: stating less than the author chose, never more.
      strapi.log.error(`cc-signals: no signal on ${ctx.path}: ${String(error)}`);
    }
  };
}

async function addSignals(strapi: Core.Strapi, ctx: KoaContext, uid: string, body: Entry) {
  const contentType = schemaOf(strapi, uid);
  if (!contentType) return;
  const settings = services(strapi).settings;
  const [site, current] = await Promise.all([settings.site(), settings.get()]);
  const field = signalAttribute(contentType.attributes);
  const data = body.data;
  const missing = field ? await missingValues(strapi, uid, field, data, ctx.query) : undefined;
  const signalOf = (entry: Entry) =>
    site.entry(uid, field ? (field in entry ? entry[field] : missing?.get(entry.documentId)) : undefined);
  let statement: Preferences;
  if (Array.isArray(data)) {
    for (const entry of data) if (isRecord(entry)) entry[ENTRY_KEY] = signalOf(entry);
    statement = site.section(uid).preferences;
  } else if (isRecord(data)) {
    const signal = signalOf(data);
    statement = signal.preferences;
    data[ENTRY_KEY] = signal;
  } else return;
  if (!current.outputs.headers) return;
  const existing = Object.entries(ctx.response.headers).flatMap(([name, value]) =>
    value === undefined ? [] : (Array.isArray(value) ? value : [String(value)]).map((one): [string, string] => [name, one]),
  );
  for (const [name, value] of Object.entries(site.headers(statement, existing))) ctx.set(name, value);
}

/**
 * A request whose `fields` left the signal out still gets each entry's own
 * signal (never its section's, which may state more than the author chose):
 * one query for those entries, whose data stays as the client asked.
 */
async function missingValues(
  strapi: Core.Strapi,
  uid: string,
  field: string,
  data: unknown,
  query: Record<string, unknown>,
): Promise<Map<unknown, unknown> | undefined> {
  const entries = (Array.isArray(data) ? data : [data]).filter(
    (entry): entry is Entry => isRecord(entry) && !(field in entry) && typeof entry.documentId === 'string',
  );
  if (entries.length === 0) return undefined;
  const found = (await strapi.documents(uid as Parameters<typeof strapi.documents>[0]).findMany({
    filters: { documentId: { $in: entries.map((entry) => entry.documentId) } },
    fields: [field, 'documentId'],
    status: query.status === 'draft' ? 'draft' : 'published',
    ...(typeof query.locale === 'string' ? { locale: query.locale } : {}),
  } as never)) as Entry[];
  return new Map(found.map((entry) => [entry.documentId, entry[field]]));
}

function isRecord(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
