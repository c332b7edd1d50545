import { defineConfig } from 'vitest/config';

// Resolve workspace packages to their TypeScript source, so tests need no build.
const conditions = ['@cc-signals/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@cc-signals/source'] } },
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});
