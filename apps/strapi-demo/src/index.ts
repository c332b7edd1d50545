import type { Core } from '@strapi/strapi';

const PUBLIC_ACTIONS = ['api::article.article', 'api::page.page', 'api::note.note'].flatMap((uid) => [
  `${uid}.find`,
  `${uid}.findOne`,
]);

export default {
  register() {},

  /** The demo's public API: anyone may read articles, pages and notes (published versions). */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    if (!role) return;
    const permissions = strapi.db.query('plugin::users-permissions.permission');
    for (const action of PUBLIC_ACTIONS) {
      const existing = await permissions.findOne({ where: { action, role: role.id } });
      if (!existing) await permissions.create({ data: { action, role: role.id } });
    }
  },
};
