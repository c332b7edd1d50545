import bootstrap from './bootstrap';
import controllers from './controllers';
import register from './register';
import routes from './routes';
import outputs from './services/outputs';
import settings from './services/settings';

/** The server side of the CC signals plugin for Strapi 5. */
export default {
  register,
  bootstrap,
  controllers,
  routes,
  services: { settings, outputs },
};
