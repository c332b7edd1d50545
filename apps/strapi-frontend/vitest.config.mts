import { defineConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// Strapi runs inside the test as Node runs it (createRequire, built core and plugin): the same
// conditions as packages/strapi's tests. The front end runs as its production build.
const conditions = ['node', 'require', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    ...shared.test,
    include: ['lib/**/*.test.ts', 'tests/**/*.test.ts'],
    pool: 'threads',
    fileParallelism: false,
    testTimeout: 60_000,
    // beforeAll may run `next build` when there is no build yet.
    hookTimeout: 600_000,
  },
});
