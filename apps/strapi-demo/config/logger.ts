import { winston } from '@strapi/logger';

// Quiet by default in tests (STRAPI_LOG_LEVEL=error); the demo logs at info.
export default {
  transports: [new winston.transports.Console({ level: process.env.STRAPI_LOG_LEVEL ?? 'info' })],
};
