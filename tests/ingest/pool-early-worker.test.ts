/**
 * A run may start its worker before it reads its seeds (scripts/ingest/pool.ts, startWorkerEarly): the
 * run's first worker is that one, not a second started after the seeds are read; and it uses the
 * run's topics and folders, those it was started with or, when the run's differ, the run's own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { endKeptWorker, idleWorkerThreadId, processSeeds, startWorkerEarly } from '../../scripts/ingest/pool.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { oneSeedFolders } from './pool-one-seed.ts';
import { HEAD, SEEDS, hasState } from '../../scripts/ingest/state-files.ts';
import { topicDefinitions } from './helpers.ts';

const trees = tempTrees('pool-early-');
afterAll(async () => {
  await endKeptWorker();
  trees.cleanup();
});

const folders = () => oneSeedFolders(trees);

describe('a worker started before the run reads its seeds', () => {
  it('is the run\'s worker, with the setup it was started with', async () => {
    await endKeptWorker();
    const dirs = folders();
    const definitions = topicDefinitions();
    startWorkerEarly({ definitions, ...dirs });
    const early = idleWorkerThreadId();
    expect(early).toBeDefined();
    // Taken by the run (no longer idle while it runs), and kept after it.
    let idleDuringRun: number | undefined = -1;
    const [iter] = await processSeeds([{ seed: 'iter.txt', key: 'k1' }], dirs, definitions, () => (idleDuringRun = idleWorkerThreadId()));
    expect(idleDuringRun).toBeUndefined();
    expect(idleWorkerThreadId()).toBe(early);
    expect(iter.skip).toBeUndefined();
    expect(iter.record?.topics).toEqual(['iter']);
    expect(existsSync(join(dirs.cacheDir, 'k1.json'))).toBe(true);
  });

  it("uses the run's topics and folders when they are not those it was started with", async () => {
    await endKeptWorker();
    const started = folders();
    startWorkerEarly({ definitions: topicDefinitions(), ...started });
    const early = idleWorkerThreadId();
    const other = folders();
    const [none] = await processSeeds([{ seed: 'iter.txt', key: 'k2' }], other, [], () => {});
    expect(idleWorkerThreadId()).toBe(early);
    expect(none.record?.topics).toEqual([]);
    expect(existsSync(join(other.cacheDir, 'k2.json'))).toBe(true);
    expect(existsSync(join(started.cacheDir, 'k2.json'))).toBe(false);
  });

  it("started with no setup (the CLI's, before the run has read its topics), is told the run's", async () => {
    await endKeptWorker();
    startWorkerEarly();
    const early = idleWorkerThreadId();
    const dirs = folders();
    const [iter] = await processSeeds([{ seed: 'iter.txt', key: 'k3' }], dirs, topicDefinitions(), () => {});
    expect(idleWorkerThreadId()).toBe(early);
    expect(iter.record?.topics).toEqual(['iter']);
    expect(existsSync(join(dirs.cacheDir, 'k3.json'))).toBe(true);
  });

  it('is not started when a worker is kept already', async () => {
    const kept = idleWorkerThreadId();
    expect(kept).toBeDefined();
    startWorkerEarly({ definitions: [], ...folders() });
    expect(idleWorkerThreadId()).toBe(kept);
  });

  // The CLI starts it first thing only for a run with no state (scripts/ingest/cli.ts): a run with one may process no seed.
  it('is asked for by a cache folder with no state, not by one with both state files', () => {
    const { cacheDir } = folders();
    expect(hasState(cacheDir)).toBe(false);
    writeFileSync(join(cacheDir, HEAD), '{}');
    expect(hasState(cacheDir)).toBe(false);
    writeFileSync(join(cacheDir, SEEDS), '');
    expect(hasState(cacheDir)).toBe(true);
  });
});
