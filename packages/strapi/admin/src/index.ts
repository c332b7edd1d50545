import { FIELD_NAME, PLUGIN_ID, t } from './pluginId';

interface StrapiApp {
  customFields: { register(field: Record<string, unknown>): void };
  registerPlugin(plugin: Record<string, unknown>): void;
}

type Translations = Record<string, string>;

function prefixed(messages: Translations): Translations {
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [t(key), value]));
}

/** The admin side: the custom field, registered in a few lines, and its translations. */
export default {
  register(app: StrapiApp) {
    app.customFields.register({
      name: FIELD_NAME,
      pluginId: PLUGIN_ID,
      type: 'json',
      intlLabel: { id: t('field.label'), defaultMessage: 'AI usage (CC signals)' },
      intlDescription: { id: t('field.description'), defaultMessage: 'How AI systems may reuse this entry.' },
      components: {
        Input: async () => import('./components/SignalInput').then((module) => ({ default: module.SignalInput })),
      },
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as { default: Translations };
          return { data: prefixed(data), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};
