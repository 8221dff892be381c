import { defineConfig } from 'vitest/config';

/** `npm run test:scale`, and the second half of `npm test`: builds a 10,000-article site. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/scale/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 40 * 60_000,
  },
});
