/**
 * The ingest killed at random points (SIGKILL, the way a crash or a closed laptop stops it) never
 * leaves content/ or .cache/ in a state the next run gets wrong: 20 times over a few hundred
 * generated seeds, the CLI is killed after a random delay, run again to the end, and content/ must
 * then equal a cold run's byte for byte. The seeds switch between two versions each time (some
 * changed, some added, some removed) so every run has work to be killed in; some rounds start
 * without a cache, so cold runs and worker threads are killed too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../scripts/ingest/run.ts';
import { generateCorpus } from '../../scripts/bench/corpus/generate.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { contentOf, ingestProject, runIngestCli, setSeeds } from './cli-project.ts';

const trees = tempTrees('fault-kill-');
afterAll(trees.cleanup);

const ROUNDS = 20;
const SEEDS = 300;
const project = () => ingestProject(trees);
const runCli = (root: string, seedsDir: string, killAfter?: number) => runIngestCli(root, seedsDir, { killAfter });

/** A small deterministic generator, so a failure can be replayed (the seed is in the test name). */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

describe('ingest killed at random points', () => {
  const corpus = generateCorpus(SEEDS + 10, 7);
  const all = corpus.files.map((f) => [f.name, f.bytes] as const);
  // Version A: all but the last ten. Version B: all but the first five, ten changed.
  const versionA = new Map(all.slice(0, SEEDS));
  const versionB = new Map(all.slice(5).map(([name, bytes], i) => [name, i % 29 === 0 ? Buffer.concat([Buffer.from(bytes), Buffer.from('\n\nA line added in version B, said the editor.')]) : bytes]));
  const expected = new Map<Map<string, Uint8Array>, Record<string, string>>();
  const timing = { cold: 0, warm: 0 };

  beforeAll(async () => {
    for (const version of [versionA, versionB]) {
      const cold = project();
      setSeeds(cold.seedsDir, version);
      const run = await runCli(cold.root, cold.seedsDir);
      timing.cold = Math.max(timing.cold, run.ms);
      expected.set(version, contentOf(cold.root));
    }
  }, 120_000);

  // Another seed replays other kill points: FAULT_KILL_SEED=<n> npm run test:heavy.
  const seed = Number(process.env.FAULT_KILL_SEED) || 20261130;
  it(`leaves content/ equal to a cold run's after each of ${ROUNDS} kills (random seed ${seed})`, async () => {
    const rand = random(seed);
    const { root, seedsDir } = project();
    let kills = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const version = round % 2 ? versionB : versionA;
      setSeeds(seedsDir, version);
      const cold = round % 10 === 0;
      if (cold) rmSync(join(root, '.cache'), { recursive: true, force: true });
      const budget = cold ? timing.cold : timing.warm || timing.cold / 2;
      const killed = await runCli(root, seedsDir, Math.floor(rand() * budget));
      if (!killed.finished) kills++;
      const done = await runIngest({ root, seedsDir });
      if (!cold && killed.finished) timing.warm = Math.max(timing.warm, killed.ms);
      expect(done.articles.length + done.skipped.length, `round ${round}`).toBe(version.size);
      expect(contentOf(root), `round ${round}: content/ after a kill at a random point`).toEqual(expected.get(version));
    }
    console.log(`fault-kill: ${kills} of ${ROUNDS} runs killed midway`);
    expect(kills).toBeGreaterThanOrEqual(ROUNDS / 4); // many runs really were killed midway
  }, 240_000);
});
