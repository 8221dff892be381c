import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { sharedModuleFiles } from './tests/helpers/shared-module-files.ts';

// The ingest's unit files that touch no state outliving them share one module graph per worker
// (tests/helpers/shared-module-files.ts says which and why): each imported the whole ingest afresh
// in a process of its own, and a run of them took ~8 times as long. SHARED_MODULES=0 runs them
// isolated, to compare the two runs.
const shared = process.env.SHARED_MODULES === '0' ? [] : sharedModuleFiles(import.meta.dirname, 'tests/ingest');

export default defineConfig({
  test: {
    // Each project's files; the options below are every project's (vitest 5's inline projects inherit them).
    projects: [
      { test: { name: 'shared', include: shared, isolate: false } },
      { test: { name: 'isolated', include: ['tests/**/*.test.ts'], exclude: shared } },
    ],
    // The 10,000-article build runs on its own (`npm run test:scale`, after `npm test` in CI): it takes
    // both cores and 3.6 GB for minutes, which would starve the browser tests' timeouts.
    // The tests that take minutes of both cores run after it too (`npm run test:heavy`).
    exclude: ['tests/scale/**', 'tests/ingest/memory-cap.test.ts', 'tests/ingest/fault-kill.test.ts', 'tests/site/many-articles.test.ts', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Most of the time goes to processes the tests start (astro build, Chromium), so on 2 cores two
    // files at a time keep both busy (vitest's default, cores − 1, runs the files one by one there).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A temporary folder of the run's own, removed at the end: nothing is left in /tmp. Node's compile
    // cache for every process and thread the tests start (global-compile-cache.ts).
    globalSetup: ['tests/helpers/global-tmp.ts', 'tests/helpers/global-compile-cache.ts'],
    // Progress: each test as it finishes (the default reporter shows only finished files when the
    // output is not a terminal, so a slow file looked like a hang).
    reporters: process.stdout.isTTY ? ['default'] : ['verbose'],
  },
});
