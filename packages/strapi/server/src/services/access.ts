import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../constants';
import type outputs from './outputs';
import type settings from './settings';

export type SettingsService = ReturnType<typeof settings>;
export type OutputsService = ReturnType<typeof outputs>;

/** The plugin's services, typed. */
export function services(strapi: Core.Strapi): { settings: SettingsService; outputs: OutputsService } {
  const plugin = strapi.plugin(PLUGIN_ID);
  return {
    settings: plugin.service('settings') as unknown as SettingsService,
    outputs: plugin.service('outputs') as unknown as OutputsService,
  };
}

/** What the plugin reads of a content type's schema. */
export interface Schema {
  readonly uid: string;
  readonly kind: string;
  readonly info: { readonly displayName: string; readonly singularName: string; readonly pluralName: string };
  readonly attributes: Record<string, { customField?: string }>;
  readonly options?: { draftAndPublish?: boolean };
  readonly pluginOptions?: { i18n?: { localized?: boolean } };
}

/** The app's content types (Strapi's own types index them by generated uids, which a plugin does not have). */
export function schemas(strapi: Core.Strapi): Schema[] {
  return Object.values(strapi.contentTypes as unknown as Record<string, Schema>);
}

/** One content type's schema, if the app has it. */
export function schemaOf(strapi: Core.Strapi, uid: string): Schema | undefined {
  return (strapi.contentTypes as unknown as Record<string, Schema | undefined>)[uid];
}

/** The API path prefix of a content type: `/api/articles/` (collection) or `/api/about` (single). */
export function apiPath(strapi: Core.Strapi, uid: string): string {
  const type = schemaOf(strapi, uid);
  const prefix = strapi.config.get('api.rest.prefix', '/api');
  return type?.kind === 'singleType' ? `${prefix}/${type.info.singularName}` : `${prefix}/${type?.info.pluralName ?? ''}/`;
}
