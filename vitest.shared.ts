import { defineConfig } from 'vitest/config';

// Resolve workspace packages to their TypeScript source, so tests need no build.
const conditions = ['@cc-signals/source', 'import', 'module', 'node', 'default'];
const nodeMajor = process.versions.node.split('.')[0] ?? 'unknown';

/**
 * The vitest config every package uses. Besides the console, each run writes
 * a JSON report per Node major version to .test-results/, which
 * scripts/test-summary.mjs adds up into the closing line of `npm test`.
 */
export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@cc-signals/source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: `.test-results/vitest-node${nodeMajor}.json` },
  },
});
