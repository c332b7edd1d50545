/** The demo app's own boot and admin-build scripts, shared with `npm run demo`. */
export { appDir, bootStrapi, freshDatabaseFile, type BootedStrapi, type BootOptions, type Strapi } from '../../../../apps/strapi-demo/scripts/boot.mjs';
export { ensureAdminBuilt } from '../../../../apps/strapi-demo/scripts/admin-build.mjs';
