/**
 * No seed can end the ingest by exhausting memory (scripts/ingest/pool.ts): each worker thread's heap is
 * capped (resourceLimits), and a seed whose worker runs out of it is skipped with a reason that says so,
 * as a seed past its deadline is: the worker is ended, a fresh one takes the seeds it held, and every
 * other seed comes back processed. The skip is not cached, so the next run tries the seed again. It
 * used to end the whole run ("an ingest worker thread failed: … JS heap out of memory"), after the
 * thread had grown to the default heap (4.3 GB on a 23 GB machine, 330 s of a slowly growing heap).
 * The hog is a test's own entry (memory-hog-pool-worker.ts): only its "hog-" seeds fill the heap.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processSeeds } from '../../scripts/ingest/pool.ts';
import { generateCorpus } from '../../scripts/bench/corpus/generate.ts';
import type { Job } from '../../scripts/ingest/outcome-cache.ts';
import { tempTrees } from '../helpers/temp-tree.ts';

const trees = tempTrees('pool-memory-');
afterAll(trees.cleanup);

const hogWorker = new URL('./memory-hog-pool-worker.ts', import.meta.url);

describe('a seed that exhausts its worker\'s memory', () => {
  it('is skipped with the reason, the other seeds come back, nothing of it is cached', async () => {
    const root = trees.make({});
    const seedsDir = join(root, 'seeds');
    const cacheDir = join(root, 'cache');
    mkdirSync(seedsDir);
    mkdirSync(cacheDir);
    // Mid-job (jobs of 25): the seeds after it in its job go to a fresh worker, read from their files.
    const files = generateCorpus(30, 5).files.map((f, i) => ({ name: i === 12 ? `hog-${f.name}` : f.name, bytes: f.bytes }));
    for (const f of files) writeFileSync(join(seedsDir, f.name), f.bytes);
    const jobs: Job[] = files.map((f, i) => ({ seed: f.name, key: `entry-${i}`, bytes: new Uint8Array(f.bytes) }));
    // A deadline no heap of 256 MB takes to fill: the memory, not the clock, ends the seed.
    const outcomes = await processSeeds(jobs, { seedsDir, cacheDir }, [], () => {}, { threads: 1, workerUrl: hogWorker, seedDeadlineMs: 600_000, seedHeapMb: 256 });
    expect(outcomes.map((o) => o.seed).sort()).toEqual(files.map((f) => f.name).sort());
    const hog = outcomes.find((o) => o.seed.startsWith('hog-'))!;
    expect(hog.skip).toBe('ran out of memory (a seed may use 256 MB); its worker thread was ended, and the next run tries the seed again');
    expect(hog.cacheable).toBe(false);
    expect(hog.entries.map((e) => e.detail)).toEqual([hog.skip]);
    expect(existsSync(join(cacheDir, 'entry-12.json')), 'no cached failure').toBe(false);
    const others = outcomes.filter((o) => o !== hog);
    expect(others.filter((o) => o.skip?.startsWith('ran out of memory'))).toEqual([]);
    expect(others.filter((o) => o.record).length).toBeGreaterThan(others.length * 0.8);
  }, 600_000);
});
