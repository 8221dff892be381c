/** A run's folders holding one text seed (iter.txt), for the pool's tests of one worker over runs (pool-kept-worker, pool-early-worker). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { tempTrees } from '../helpers/temp-tree.ts';

const SEED = 'ITER talks\n\nChina and the European Union agreed on Friday to widen their work on the ITER fusion reactor, the science ministry said in Beijing.\n\nThe two sides will share the cost of new magnets and train engineers together over the next five years, the ministry said.';

/** A fresh seeds folder with iter.txt and an empty cache folder, in a tree of `trees`. */
export function oneSeedFolders(trees: ReturnType<typeof tempTrees>) {
  const root = trees.make({});
  const dirs = { seedsDir: join(root, 'seeds'), cacheDir: join(root, 'cache') };
  mkdirSync(dirs.seedsDir);
  mkdirSync(dirs.cacheDir);
  writeFileSync(join(dirs.seedsDir, 'iter.txt'), SEED);
  return dirs;
}
