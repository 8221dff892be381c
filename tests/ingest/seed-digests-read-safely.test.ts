/**
 * The build's last step knows each seed by a digest of its bytes (scripts/lib/published-pages.ts). It
 * read every regular file of the folder to its end, by name: a sparse file of 3 GB made Node throw
 * (ERR_FS_FILE_TOO_LARGE) and the whole build step crash, and a link swapped in after the listing was
 * followed. It reads the seeds as the ingest does (seed-files.ts readSeedBytes: regular files, no
 * link followed, within the size limit) and leaves out, without failing, a file it cannot read so.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDigest, seedDigestsByName } from '../../scripts/lib/published-pages.ts';
import { tempTrees } from '../helpers/temp-tree.ts';

const trees = tempTrees('seed-digests-');
afterAll(trees.cleanup);

describe('the digests of a seeds folder', () => {
  it('leave out a file too large to be a seed instead of crashing, and links as before', () => {
    const root = trees.make({ 'seeds/a.txt': 'Night ferry returns\n', 'outside.txt': 'not a seed' });
    const seeds = join(root, 'seeds');
    writeFileSync(join(seeds, 'huge.txt'), '');
    truncateSync(join(seeds, 'huge.txt'), 3 * 1024 ** 3); // sparse: no disk used
    symlinkSync(join(root, 'outside.txt'), join(seeds, 'link.txt'));
    const digests = seedDigestsByName(seeds);
    expect([...digests.keys()]).toEqual(['a.txt']);
    expect(digests.get('a.txt')).toBe(seedDigest(Buffer.from('Night ferry returns\n')));
  });
});
