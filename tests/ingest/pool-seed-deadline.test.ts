/**
 * No seed can hold up the ingest (scripts/ingest/pool.ts): a seed still being processed past the
 * deadline is skipped with a reason that says so, its worker thread is ended, a fresh one takes the
 * seeds it held, and every other seed comes back processed. The skip is not cached, so the next run
 * tries the seed again. The hanging worker is a test's own entry (hanging-pool-worker.ts) given
 * through processSeeds' options: only its "hang-" seeds loop.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processSeeds } from '../../scripts/ingest/pool.ts';
import { generateCorpus } from '../../scripts/bench/corpus/generate.ts';
import type { Job } from '../../scripts/ingest/outcome-cache.ts';
import { tempTrees } from '../helpers/temp-tree.ts';

const trees = tempTrees('pool-deadline-');
afterAll(trees.cleanup);
afterEach(() => delete process.env.INGEST_SEED_SECONDS);

const hangingWorker = new URL('./hanging-pool-worker.ts', import.meta.url);

/** A seeds folder of `count` generated seeds, the one at `at` renamed "hang-…"; jobs carry their bytes, as the ingest's do. */
function project(count: number, at: number) {
  const root = trees.make({});
  const seedsDir = join(root, 'seeds');
  const cacheDir = join(root, 'cache');
  mkdirSync(seedsDir);
  mkdirSync(cacheDir);
  const files = generateCorpus(count, 7).files.map((f, i) => ({ name: i === at ? `hang-${f.name}` : f.name, bytes: f.bytes }));
  for (const f of files) writeFileSync(join(seedsDir, f.name), f.bytes);
  const jobs = (): Job[] => files.map((f, i) => ({ seed: f.name, key: `entry-${i}`, bytes: new Uint8Array(f.bytes) }));
  return { dirs: { seedsDir, cacheDir }, cacheDir, jobs, hanging: files[at].name, hangingKey: `entry-${at}` };
}

describe('a seed that never ends', () => {
  // The deadline set by the environment, as for the CLI, or by the pool's options: 8 s, which no real
  // seed here comes near even on a loaded machine (with 2 s, both cases ran past 120 s at load 17).
  for (const [count, threads, set] of [[30, 1, 'env'], [60, 2, 'option']] as const) {
    it(`is skipped past the deadline and the other seeds come back (${count} seeds, ${threads} worker(s), deadline by ${set})`, async () => {
      // Mid-job (jobs of 25): seeds after it in its job go to the fresh worker, read from their files.
      const p = project(count, 12);
      if (set === 'env') process.env.INGEST_SEED_SECONDS = '8';
      const outcomes = await processSeeds(p.jobs(), p.dirs, [], () => {}, { threads, workerUrl: hangingWorker, ...(set === 'option' && { seedDeadlineMs: 8_000 }) });
      expect(outcomes.map((o) => o.seed).sort()).toEqual(p.jobs().map((j) => j.seed).sort());
      const hung = outcomes.find((o) => o.seed === p.hanging)!;
      expect(hung.skip).toMatch(/^took longer than 8 s; its worker thread was ended, and the next run tries the seed again$/);
      expect(hung.cacheable).toBe(false);
      expect(hung.entries.map((e) => e.detail)).toEqual([hung.skip]);
      expect(existsSync(join(p.cacheDir, p.hangingKey + '.json')), 'no cached failure').toBe(false);
      const others = outcomes.filter((o) => o.seed !== p.hanging);
      expect(others.filter((o) => o.skip?.startsWith('took longer'))).toEqual([]);
      expect(others.filter((o) => o.record).length).toBeGreaterThan(others.length * 0.8);

      // The next run (the real worker, the default deadline) processes it.
      delete process.env.INGEST_SEED_SECONDS;
      const again = await processSeeds(p.jobs().filter((j) => j.seed === p.hanging), p.dirs, [], () => {});
      expect(again[0].skip).toBeUndefined();
      expect(existsSync(join(p.cacheDir, p.hangingKey + '.json'))).toBe(true);
    }, 300_000);
  }
});
