/**
 * What a worker thread of the pool (pool.ts) says to it: "ready" once the per-article stages are
 * loaded, then each seed's outcome as soon as it is made, one message per seed. The pool times each
 * seed from the message before it, so a seed that never ends is told from the seeds before it, and
 * the seconds spent loading the stages count against none. Apart from worker.ts so that a test's
 * worker (one that makes a seed hang) speaks the same way.
 */
import { parentPort } from 'node:worker_threads';
import { loadStages, type FreshOutcome, type Job } from './outcome-cache.ts';
import type { TopicDefinition } from '../../src/schema.ts';

export const READY = 'ready';

/** What a run tells its workers: in workerData when it starts one, in a message when it takes one a run before it kept (pool.ts). */
export interface RunSetup {
  definitions: TopicDefinition[];
  seedsDir: string;
  cacheDir: string;
}

/** Answers each job with its seeds' outcomes; `onSetup` is given a later run's setup, before its jobs. */
export function answerJobs(processOne: (job: Job) => FreshOutcome, onSetup?: (setup: RunSetup) => void): void {
  loadStages();
  parentPort!.postMessage(READY);
  parentPort!.on('message', (message: Job[] | RunSetup) => {
    if (!Array.isArray(message)) return onSetup?.(message);
    for (const job of message) parentPort!.postMessage(processOne(job));
  });
}
