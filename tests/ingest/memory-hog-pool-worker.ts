/**
 * A worker entry for tests/ingest/pool-seed-memory.test.ts only: given to the pool in place of
 * scripts/ingest/worker.ts (processSeeds' options), it processes seeds as the real worker does but
 * for one whose name starts with "hog-", on which it fills its heap until the thread runs out of
 * memory, the way a stage that keeps what it reads of a pathological page would.
 */
import { workerData } from 'node:worker_threads';
import { processFile } from '../../scripts/ingest/outcome-cache.ts';
import { answerJobs } from '../../scripts/ingest/worker-loop.ts';

const { seedsDir, cacheDir } = workerData as { seedsDir: string; cacheDir: string };

answerJobs((job) => {
  if (job.seed.startsWith('hog-')) {
    const kept: number[][] = [];
    for (;;) kept.push(Array.from({ length: 100_000 }, (_, i) => i + 0.5));
  }
  return processFile(job, seedsDir, [], cacheDir);
});
