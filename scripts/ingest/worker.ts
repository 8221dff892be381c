/**
 * A worker thread for the per-article stages: every seed a run processes is processed in one (see
 * pool.ts), so that a seed that takes too long can be ended with its thread. Gets jobs of seeds,
 * caches and answers with outcomes (worker-loop.ts).
 */
import { workerData } from 'node:worker_threads';
import { compileTopics } from './stages/topics.ts';
import { processFile } from './outcome-cache.ts';
import { answerJobs } from './worker-loop.ts';
import type { TopicDefinition } from '../../src/schema.ts';

const { definitions, seedsDir, cacheDir } = workerData as { definitions: TopicDefinition[]; seedsDir: string; cacheDir: string };
const matchers = compileTopics(definitions);

answerJobs((job) => processFile(job, seedsDir, matchers, cacheDir));
