import { BulkSetSignal } from './components/BulkSetSignal';
import { injectColumn } from './components/ListColumn';
import { FIELD_NAME, PLUGIN_ID, t } from './pluginId';

interface ContentManagerApis {
  addBulkAction(actions: unknown[]): void;
}

interface StrapiApp {
  getPlugin(id: string): { apis: unknown } | undefined;
  registerHook(name: string, hook: (...args: never[]) => unknown): void;
  customFields: { register(field: Record<string, unknown>): void };
  registerPlugin(plugin: Record<string, unknown>): void;
  addSettingsLink(section: { id: string; intlLabel: { id: string; defaultMessage: string } }, link: Record<string, unknown>): void;
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
    app.addSettingsLink(
      { id: PLUGIN_ID, intlLabel: { id: t('plugin.name'), defaultMessage: 'CC signals' } },
      {
        id: 'settings',
        to: PLUGIN_ID,
        intlLabel: { id: t('settings.link'), defaultMessage: 'AI usage defaults' },
        Component: () => import('./pages/SettingsPage'),
        permissions: [{ action: `plugin::${PLUGIN_ID}.settings.read`, subject: null }],
      },
    );
  },

  bootstrap(app: StrapiApp) {
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', injectColumn);
    (app.getPlugin('content-manager')?.apis as ContentManagerApis | undefined)?.addBulkAction([BulkSetSignal]);
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
