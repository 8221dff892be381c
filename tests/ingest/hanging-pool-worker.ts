/**
 * A worker entry for tests/ingest/pool-seed-deadline.test.ts only: given to the pool in place of
 * scripts/ingest/worker.ts (processSeeds' options), it processes seeds as the real worker does but
 * for one whose name starts with "hang-", on which it loops for ever, the way an endless path in a
 * stage would. No seed's text or name can make the real worker do this.
 */
import { workerData } from 'node:worker_threads';
import { processFile } from '../../scripts/ingest/outcome-cache.ts';
import { answerJobs } from '../../scripts/ingest/worker-loop.ts';

const { seedsDir, cacheDir } = workerData as { seedsDir: string; cacheDir: string };

answerJobs((job) => {
  if (job.seed.startsWith('hang-')) for (;;);
  return processFile(job, seedsDir, [], cacheDir);
});
