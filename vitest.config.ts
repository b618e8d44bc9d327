import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Building the whole plan takes a few seconds on a 2-core machine; speed is measured by `npm run bench`.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
