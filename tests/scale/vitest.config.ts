import { defineConfig } from 'vitest/config';

/** `npm run test:scale` (CI runs it after `npm test`): builds a 10,000-article site, printing its progress. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/scale/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 40 * 60_000,
    globalSetup: ['tests/helpers/global-tmp.ts'],
    reporters: ['verbose'],
  },
});
