// Seeds the demo: an admin login, one article per preset, a page, a note in two locales, and
// settings (site default, an article default, feeds). Everything goes through Strapi's own APIs.
import { presets } from '@cc-signals/core';

export const ADMIN = { email: 'admin@example.org', password: 'Admin-password-1' };

async function seedAdmin(strapi) {
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({ ...ADMIN, firstname: 'Demo', lastname: 'Admin', isActive: true, roles: [superAdmin.id] });
}

async function seedArticles(strapi) {
  const articles = [];
  for (const preset of presets) {
    const article = await strapi.documents('api::article.article').create({
      data: { title: preset.title, slug: preset.id, summary: preset.description, aiUsage: preset.id === 'inherit' ? null : preset.id },
      status: 'published',
    });
    articles.push({ preset: preset.id, documentId: article.documentId });
  }
  return articles;
}

async function seedNotes(strapi) {
  await strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
  const notes = strapi.documents('api::note.note');
  const note = await notes.create({ data: { title: 'A short note', aiUsage: 'cc-cr' }, locale: 'en', status: 'published' });
  await notes.update({ documentId: note.documentId, locale: 'fr', data: { title: 'Une courte note', aiUsage: 'cc-cr-op' }, status: 'published' });
  return note.documentId;
}

/** Seeds a fresh database; returns what the demo prints. */
export async function seed(strapi) {
  await seedAdmin(strapi);
  await strapi.plugin('cc-signals').service('settings').update({
    siteDefault: 'disallow',
    contentTypes: { 'api::article.article': { default: 'cc-cr', feed: { title: 'title', date: 'publishedAt', summary: 'summary' } } },
  });
  const articles = await seedArticles(strapi);
  const page = await strapi.documents('api::page.page').create({ data: { title: 'About', slug: 'about' } });
  const note = await seedNotes(strapi);
  return { articles, page: page.documentId, note };
}
