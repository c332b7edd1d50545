/** The plugin's name in Strapi (`plugin::cc-signals.*`). */
export const PLUGIN_ID = 'cc-signals';

/** The custom field's name, registered on server and admin. */
export const FIELD_NAME = 'signal';

/** The custom field's uid, as content-type schemas reference it. */
export const FIELD_UID = `plugin::${PLUGIN_ID}.${FIELD_NAME}`;

/** The plugin's own RBAC actions (granted to admin roles by a Super Admin). */
export const ACTIONS = {
  readSettings: `plugin::${PLUGIN_ID}.settings.read`,
  updateSettings: `plugin::${PLUGIN_ID}.settings.update`,
  setSignal: `plugin::${PLUGIN_ID}.entries.set-signal`,
} as const;

/** The key under which each content API entry carries its resolved signal. */
export const ENTRY_KEY = 'ccSignals';
