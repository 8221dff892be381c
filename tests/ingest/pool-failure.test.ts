/**
 * A worker thread of the ingest's pool (scripts/ingest/pool.ts) that fails ends the run: with an
 * error that says a worker failed and why, at once (not after this thread has processed every job
 * left), and no seed is cached after it. The failing worker is a test's own entry
 * (failing-pool-worker.ts) given through processSeeds' options: no seed can make a real worker fail.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { processSeeds } from '../../scripts/ingest/pool.ts';
import { generateCorpus } from '../../scripts/bench/corpus/generate.ts';
import type { Job } from '../../scripts/ingest/outcome-cache.ts';
import { tempTrees } from '../helpers/temp-tree.ts';

const trees = tempTrees('pool-failure-');
afterAll(trees.cleanup);
afterEach(() => delete process.env.POOL_TEST_FAILURE);

const SEEDS = 600;
const corpus = generateCorpus(SEEDS, 11);
const failingWorker = new URL('./failing-pool-worker.ts', import.meta.url);

/** Runs the pool with one failing worker beside this thread; the cache's entries when it failed and a while later. */
async function runFailing(how: 'throw' | 'exit') {
  process.env.POOL_TEST_FAILURE = how;
  const root = trees.make({});
  const seedsDir = join(root, 'seeds');
  const cacheDir = join(root, 'cache');
  mkdirSync(seedsDir);
  mkdirSync(cacheDir);
  const jobs: Job[] = corpus.files.map((f, i) => ({ seed: f.name, key: `entry-${i}`, bytes: new Uint8Array(f.bytes) }));
  const started = performance.now();
  const error = await processSeeds(jobs, { seedsDir, cacheDir }, [], () => {}, { threads: 2, workerUrl: failingWorker }).then(
    () => null,
    (e: unknown) => e,
  );
  const ms = performance.now() - started;
  const atFailure = readdirSync(cacheDir).length;
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return { error, ms, atFailure, later: readdirSync(cacheDir).length };
}

describe('the ingest pool when a worker fails', () => {
  for (const how of ['throw', 'exit'] as const) {
    it(`a worker that fails (${how}) ends the run with a clear error, and nothing is cached after`, async () => {
      const run = await runFailing(how);
      expect(run.error).toBeInstanceOf(Error);
      expect((run.error as Error).message).toMatch(/ingest worker thread failed/);
      expect((run.error as Error).message).toMatch(how === 'throw' ? /fails on purpose/ : /exit code 3/);
      // This thread stopped taking jobs: it did not go on through the seeds the worker was to share.
      expect(run.atFailure).toBeLessThan(SEEDS / 2);
      expect(run.later, 'entries cached after the run failed').toBe(run.atFailure);
    }, 60_000);
  }
});
