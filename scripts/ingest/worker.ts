/**
 * A worker thread for the per-article stages: the first run over a large seeds folder spreads its
 * articles over the machine's cores (see pool.ts). Gets jobs of seed files, answers with outcomes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { compileTopics } from './stages/topics.ts';
import { processSeed } from './pipeline.ts';
import type { TopicDefinition } from '../../src/schema.ts';

const { definitions, seedsDir } = workerData as { definitions: TopicDefinition[]; seedsDir: string };
const matchers = compileTopics(definitions);

parentPort!.on('message', (seeds: string[]) => {
  parentPort!.postMessage(seeds.map((seed) => processSeed(seed, readFileSync(join(seedsDir, seed)), matchers)));
});
