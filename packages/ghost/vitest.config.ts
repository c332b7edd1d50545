import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// One real Ghost per run (tests/global-setup.ts): booting it takes ~20 s, installing it once a few minutes.
// CC_SIGNALS_GHOST_INTEGRATION=skip runs the unit tests only (scripts/test.sh's second pass on Node 22).
const integration = process.env.CC_SIGNALS_GHOST_INTEGRATION !== 'skip';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ['src/**/*.test.ts', ...(integration ? ['tests/**/*.test.ts'] : [])],
      ...(integration ? { globalSetup: ['tests/global-setup.ts'] } : {}),
      testTimeout: 120_000,
      hookTimeout: 900_000,
      fileParallelism: false,
    },
  }),
);
