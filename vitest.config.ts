import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the bundled plan and tests/fixtures/tambon-demo once, with `npm run build`'s command line; the
    // tests that only read outputs take them from there (tests/builtPlan.ts) instead of rendering again.
    globalSetup: ['tests/setup/buildOnce.ts'],
    // Building the whole plan takes a few seconds on a 2-core machine; speed is measured by `npm run bench`.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
