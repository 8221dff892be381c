/**
 * A worker thread for the per-article stages: the first run over a large seeds folder spreads its
 * articles over the machine's cores (see pool.ts). Gets jobs of seeds, caches and answers with outcomes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileTopics } from './stages/topics.ts';
import { processFile, type Job } from './outcome-cache.ts';
import type { TopicDefinition } from '../../src/schema.ts';

const { definitions, seedsDir, cacheDir } = workerData as { definitions: TopicDefinition[]; seedsDir: string; cacheDir: string };
const matchers = compileTopics(definitions);

parentPort!.on('message', (jobs: Job[]) => {
  parentPort!.postMessage(jobs.map((job) => processFile(job, seedsDir, matchers, cacheDir)));
});
