import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';

/** The plugin's own permissions, which a Super Admin grants to admin roles. */
const actions = [
  { uid: 'settings.read', displayName: 'Read the CC signals settings', subCategory: 'settings' },
  { uid: 'settings.update', displayName: 'Change the CC signals settings', subCategory: 'settings' },
  { uid: 'entries.set-signal', displayName: 'Set the CC signal of entries', subCategory: 'entries' },
].map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN_ID }));

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const permissions = strapi.service('admin::permission') as unknown as {
    actionProvider: { registerMany(list: typeof actions): Promise<void> };
  };
  await permissions.actionProvider.registerMany(actions);
};
