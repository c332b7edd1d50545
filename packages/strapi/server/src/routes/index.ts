import { ACTIONS } from '../constants';

const guarded = (action: string) => ({
  policies: [{ name: 'admin::hasPermissions', config: { actions: [action] } }],
});

/** Admin routes (`/cc-signals/...`), each guarded by one of the plugin's permissions. */
const admin = {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/settings', handler: 'settings.find', config: guarded(ACTIONS.readSettings) },
    { method: 'PUT', path: '/settings', handler: 'settings.update', config: guarded(ACTIONS.updateSettings) },
    { method: 'POST', path: '/settings/preview', handler: 'settings.preview', config: guarded(ACTIONS.readSettings) },
    { method: 'POST', path: '/entries/signal', handler: 'entries.bulk', config: guarded(ACTIONS.setSignal) },
    // What an entry of this content type inherits: shown to every editor beside the field.
    { method: 'GET', path: '/inherited/:uid', handler: 'settings.inherited', config: { policies: ['admin::isAuthenticatedAdmin'] } },
  ],
};

/** Content API routes (`/api/cc-signals/...`): public, they only show published entries. */
const contentApi = {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/feeds/:type/:format', handler: 'feeds.find', config: { auth: false } },
  ],
};

export default { admin, 'content-api': contentApi };
