/**
 * A worker thread for the per-article stages: every seed a run processes is processed in one (see
 * pool.ts), so that a seed that takes too long can be ended with its thread. Gets jobs of seeds,
 * caches and answers with outcomes (worker-loop.ts).
 */
import { workerData } from 'node:worker_threads';
import { compileTopics } from './stages/topics.ts';
import { processFile } from './outcome-cache.ts';
import { answerJobs, type RunSetup } from './worker-loop.ts';

const setUp = ({ definitions, seedsDir, cacheDir }: RunSetup) => ({ seedsDir, cacheDir, matchers: compileTopics(definitions) });
// Its first run's, then each later run's that takes it (pool.ts keeps a worker between runs). A worker
// started before its run had read its topics has none yet: the run tells it in a message, before any job.
let run = workerData ? setUp(workerData as RunSetup) : undefined;

answerJobs(
  (job) => {
    if (!run) throw new Error('a job came before the run told the worker its topics and folders');
    return processFile(job, run.seedsDir, run.matchers, run.cacheDir);
  },
  (setup) => (run = setUp(setup)),
);
