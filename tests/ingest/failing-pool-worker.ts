/**
 * A worker entry for tests/ingest/pool-failure.test.ts only: given to the pool in place of
 * scripts/ingest/worker.ts (processSeeds' options), it fails on its first job, the way a worker out
 * of memory or with a bug would. POOL_TEST_FAILURE says how: "throw" (an uncaught error) or "exit"
 * (the thread ends with a code and no error). Nothing in the ingest reads that variable.
 */
import { parentPort } from 'node:worker_threads';

parentPort!.on('message', () => {
  if (process.env.POOL_TEST_FAILURE === 'exit') process.exit(3);
  throw new Error('the test worker fails on purpose');
});
