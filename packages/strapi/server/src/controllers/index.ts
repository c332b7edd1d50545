import type { Core } from '@strapi/strapi';
import { ValidationError } from '@cc-signals/core';
import { errors } from '@strapi/utils';
import { setSignalOnEntries } from '../bulk';
import { services } from '../services/access';
import type { Site } from '../site';
import type { OmittedItem } from '@cc-signals/core/site';
import { DEFAULT_VOCABULARY, vocabularyIds } from '../vocabularies';
import { feeds } from './feeds';

interface Ctx {
  request: { body?: unknown; origin: string };
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  type: string;
  status: number;
}

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
      // The vocabulary in force (a stored id core no longer ships reads as the default), for the field's per-category view.
      const vocabulary = typeof site.options.vocabulary === 'string' ? site.options.vocabulary : DEFAULT_VOCABULARY;
      ctx.body = { source, from, field, intent, headers, vocabulary };
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

export default { settings, feeds, entries };
