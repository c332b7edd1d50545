import type { Core } from '@strapi/strapi';
import { FIELD_NAME, PLUGIN_ID } from './constants';
import { contentApiMiddleware } from './content-api';
import { signalFieldMiddleware } from './document-middleware';
import { services } from './services/access';

interface WellKnownContext {
  method: string;
  path: string;
  type: string;
  body: unknown;
}

/**
 * Registers the custom field (stored as JSON: core's intent), validation of
 * every write, the content API headers, `/robots.txt` and `/.well-known/tdmrep.json`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.customFields.register({ name: FIELD_NAME, plugin: PLUGIN_ID, type: 'json' });
  strapi.documents.use(signalFieldMiddleware(strapi) as never);
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.action !== 'findOne' && context.action !== 'findMany' && context.action !== 'findFirst' && context.action !== 'count') {
      services(strapi).outputs.invalidate();
    }
    return result;
  });
  strapi.server.use(contentApiMiddleware(strapi) as never);
  strapi.server.use(wellKnown('/robots.txt', 'text/plain; charset=utf-8', () => services(strapi).outputs.robots()));
  // With TDMRep output off, the request goes on: the app's own public/.well-known/tdmrep.json, or a 404.
  strapi.server.use(wellKnown('/.well-known/tdmrep.json', 'application/json', () => services(strapi).outputs.tdmrep()));
};

/** Koa middleware serving a site file at `path` (GET and HEAD); `body` undefined passes the request on. */
function wellKnown(path: string, type: string, body: () => Promise<string | undefined>) {
  return async (ctx: WellKnownContext, next: () => Promise<unknown>) => {
    if (ctx.path !== path || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    const text = await body();
    if (text === undefined) return next();
    ctx.type = type;
    ctx.body = text;
  };
}
