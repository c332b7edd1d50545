import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// test-support/ holds helpers used only by tests (not shipped), with their own tests.
export default mergeConfig(shared, defineConfig({ test: { include: ['src/**/*.test.ts', 'test-support/**/*.test.ts'] } }));
