import type { Core } from '@strapi/strapi';
import { FIELD_NAME, PLUGIN_ID } from './constants';
import { contentApiMiddleware } from './content-api';
import { signalFieldMiddleware } from './document-middleware';
import { services } from './services/access';

interface RobotsContext {
  method: string;
  path: string;
  type: string;
  body: unknown;
}

/**
 * Registers the custom field (stored as JSON: core's intent), validation of
 * every write, the content API headers and `/robots.txt`.
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
  strapi.server.use(async (ctx: RobotsContext, next: () => Promise<unknown>) => {
    if (ctx.path !== '/robots.txt' || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = await services(strapi).outputs.robots();
  });
};
