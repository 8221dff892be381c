/**
 * What a worker thread of the pool (pool.ts) says to it: "ready" once the per-article stages are
 * loaded, then each seed's outcome as soon as it is made, one message per seed. The pool times each
 * seed from the message before it, so a seed that never ends is told from the seeds before it, and
 * the seconds spent loading the stages count against none. Apart from worker.ts so that a test's
 * worker (one that makes a seed hang) speaks the same way.
 */
import { parentPort } from 'node:worker_threads';
import { loadStages, type FreshOutcome, type Job } from './outcome-cache.ts';

export const READY = 'ready';

export function answerJobs(processOne: (job: Job) => FreshOutcome): void {
  loadStages();
  parentPort!.postMessage(READY);
  parentPort!.on('message', (jobs: Job[]) => {
    for (const job of jobs) parentPort!.postMessage(processOne(job));
  });
}
