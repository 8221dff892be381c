import { defineConfig } from 'vitest/config';

/**
 * `npm run test:heavy` (CI runs it after `npm test`): the tests that take minutes of both cores —
 * a whole build of a 50,000-line seed under a memory limit, and the ingest killed 20 times over
 * hundreds of seeds, a whole site built from 60 invented articles — kept out of `npm test` so that it stays a few minutes long.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/ingest/memory-cap.test.ts', 'tests/ingest/fault-kill.test.ts', 'tests/site/many-articles.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    globalSetup: ['tests/helpers/global-tmp.ts'],
    reporters: ['verbose'],
  },
});
