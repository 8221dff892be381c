/**
 * The pool keeps a worker whose run went well for the next run in the same process
 * (scripts/ingest/pool.ts): that run's topics and folders must be the ones it uses, not those it was
 * started with. Runs of one seed each, so that one worker does them all; seeds read from their
 * files (no bytes in the job), so a worker that kept the first run's seeds folder would not find them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { processSeeds } from '../../scripts/ingest/pool.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { oneSeedFolders } from './pool-one-seed.ts';
import { topicDefinitions } from './helpers.ts';

const trees = tempTrees('pool-kept-');
afterAll(trees.cleanup);

const folders = () => oneSeedFolders(trees);

describe('a worker kept from the run before', () => {
  it("uses each run's topics and folders", async () => {
    const first = folders();
    const [none] = await processSeeds([{ seed: 'iter.txt', key: 'k1' }], first, [], () => {});
    expect(none.record?.topics).toEqual([]);
    const second = folders();
    const [iter] = await processSeeds([{ seed: 'iter.txt', key: 'k2' }], second, topicDefinitions(), () => {});
    expect(iter.skip).toBeUndefined();
    expect(iter.record?.topics).toEqual(['iter']);
    expect(existsSync(join(second.cacheDir, 'k2.json'))).toBe(true);
    expect(existsSync(join(first.cacheDir, 'k2.json'))).toBe(false);
    // And back: no topics again, in the first run's folders.
    const [again] = await processSeeds([{ seed: 'iter.txt', key: 'k3' }], first, [], () => {});
    expect(again.record?.topics).toEqual([]);
    expect(existsSync(join(first.cacheDir, 'k3.json'))).toBe(true);
  });
});
