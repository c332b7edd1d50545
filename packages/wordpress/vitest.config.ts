import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// scripts/run-tests.mjs runs vitest once per WordPress target (CC_WP_TARGET, booted from WP_ARCHIVE):
// each run writes its own report, and runs after the first skip the files that never boot WordPress.
const target = process.env.CC_WP_TARGET ?? '6.6';
const firstTarget = process.env.CC_WP_FIRST_TARGET !== '';
const nodeMajor = process.versions.node.split('.')[0] ?? 'unknown';

// Each test file boots its own WordPress (php -S on a free port): run files one after another.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ['tests/**/*.test.ts'],
      exclude: firstTarget ? [] : ['tests/plugin-zip.test.ts', 'tests/editor-model.test.ts', 'tests/harness.test.ts'],
      outputFile: { json: `.test-results/vitest-node${nodeMajor}-wp${target}.json` },
      testTimeout: 120_000,
      hookTimeout: 300_000,
      fileParallelism: false,
    },
  }),
);
