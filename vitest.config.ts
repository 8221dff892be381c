import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The 10,000-article build runs on its own afterwards (tests/scale/vitest.config.ts): it takes
    // both cores and 3.6 GB for minutes, which would starve the browser tests' timeouts.
    exclude: ['tests/scale/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
