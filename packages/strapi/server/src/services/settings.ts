import type { Core } from '@strapi/strapi';
import { FIELD_UID, PLUGIN_ID } from '../constants';
import { readStoredSettings, validateSettings, type ContentTypeAttributes, type Settings } from '../settings-schema';
import { siteOf, type Site } from '../site';
import { apiPath, schemas, services } from './access';

/** A content type as the settings page lists it. */
export interface ContentTypeInfo {
  readonly uid: string;
  readonly displayName: string;
  readonly kind: string;
  /** The attribute holding the signal field, if the content type has one. */
  readonly field: string | undefined;
  readonly attributes: readonly string[];
  readonly localized: boolean;
  readonly draftAndPublish: boolean;
}

/** The first attribute of a schema that is the signal custom field. */
export function signalAttribute(attributes: Record<string, { customField?: string }>): string | undefined {
  return Object.entries(attributes).find(([, attribute]) => attribute.customField === FIELD_UID)?.[0];
}

/** The app's own content types (`api::`), as the settings page lists them. */
export function contentTypeList(strapi: Core.Strapi): ContentTypeInfo[] {
  return schemas(strapi)
    .filter((type) => type.uid.startsWith('api::'))
    .map((type) => ({
      uid: type.uid,
      displayName: type.info.displayName,
      kind: type.kind,
      field: signalAttribute(type.attributes),
      attributes: Object.keys(type.attributes),
      localized: Boolean(type.pluginOptions?.i18n?.localized),
      draftAndPublish: Boolean(type.options?.draftAndPublish),
    }));
}

/**
 * Settings in the plugin store, read once and cached in memory with the
 * site's rules parsed from them; an update replaces the cache. (With several
 * Strapi processes, each re-reads after its own restart: see the README.)
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  let cached: { settings: Settings; site: Site } | undefined;

  const load = async () => {
    if (!cached) {
      const settings = readStoredSettings(await store.get({ key: 'settings' }));
      cached = { settings, site: siteOf(settings, paths()) };
    }
    return cached;
  };

  const contentTypes = () => contentTypeList(strapi);
  const paths = () => Object.fromEntries(contentTypes().map((type) => [type.uid, apiPath(strapi, type.uid)]));

  return {
    async get(): Promise<Settings> {
      return (await load()).settings;
    },
    async site(): Promise<Site> {
      return (await load()).site;
    },
    contentTypes,
    /** Validates the admin's input (a partial update), stores it and refreshes the cache. */
    async update(input: unknown): Promise<Settings> {
      const types: ContentTypeAttributes = new Map(contentTypes().map((type) => [type.uid, type.attributes]));
      const settings = validateSettings(input, (await load()).settings, types);
      await store.set({ key: 'settings', value: settings });
      cached = { settings, site: siteOf(settings, paths()) };
      services(strapi).outputs.invalidate();
      return settings;
    },
    /** Settings as they would be after `input`, without storing them (the live preview). */
    async preview(input: unknown): Promise<{ settings: Settings; site: Site }> {
      const types: ContentTypeAttributes = new Map(contentTypes().map((type) => [type.uid, type.attributes]));
      const settings = validateSettings(input, (await load()).settings, types);
      return { settings, site: siteOf(settings, paths()) };
    },
  };
};
