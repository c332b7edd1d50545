import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@cc-signals/source'] },
  test: { include: ['src/**/*.test.ts'] },
});
