import { defineConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// Vitest hands the resolve conditions to its workers as --conditions, which also steer the require()
// calls of Strapi and of the built plugin: with "import" Strapi would load its ESM build, with
// "@cc-signals/source" the plugin would load core's TypeScript. Strapi runs here as Node runs it, on built core.
const conditions = ['node', 'require', 'default'];

// Each test file boots a real Strapi (SQLite): threads (Strapi loads through createRequire), one file at a time.
export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    ...shared.test,
    include: ['server/src/**/*.test.ts', 'tests/**/*.test.ts'],
    pool: 'threads',
    fileParallelism: false,
    testTimeout: 60_000,
    // The browser test's beforeAll may build the admin panel first (minutes on a busy 2-core machine).
    hookTimeout: 600_000,
  },
});
