/** The plugin's id, as on the server (`plugin::cc-signals.*`). */
export const PLUGIN_ID = 'cc-signals';

/** The custom field's name. */
export const FIELD_NAME = 'signal';

/** A translation id of this plugin. */
export const t = (id: string): string => `${PLUGIN_ID}.${id}`;
