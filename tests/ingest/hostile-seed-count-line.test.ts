/**
 * The console's first line counts what the seeds folder holds so that it adds up: a folder named like
 * a page ("x.html"), a pipe or a link is skipped with its reason but is no seed, and was left out of
 * the count ("1 seed in seeds/ → 1 article, 2 skipped"). It is now named beside the seeds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTrees } from '../helpers/temp-tree.ts';
import { ingestProject, runIngestCli } from './cli-project.ts';
import { expectOneOutcomeEach } from './hostile-outcomes.ts';
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const trees = tempTrees('hostile-count-');
afterAll(trees.cleanup);

describe('a seeds folder holding a folder named x.html and a pipe', () => {
  it('counts them beside the seeds on the first line, and skips each with its reason', async () => {
    const { root, seedsDir } = ingestProject(trees, { seeds: { 'ok.txt': `Night ferry returns\n\n${PROSE_BEFORE}\n\n${PROSE_AFTER}\n` } });
    mkdirSync(join(seedsDir, 'x.html'));
    writeFileSync(join(seedsDir, 'x.html', 'inside.html'), `<p>${PROSE_BEFORE}</p>`);
    execFileSync('mkfifo', [join(seedsDir, 'pipe.html')]);
    const run = await runIngestCli(root, seedsDir, { killAfter: 120_000 });
    expect(run.finished, run.output).toBe(true);
    expectOneOutcomeEach(root, { 'ok.txt': 'article', 'x.html': /folder/, 'pipe.html': /FIFO/ });
    expect(run.output).toContain('ingest: 1 seed and 2 entries that are no regular file in seeds/ → 1 article, 2 skipped');
  }, 180_000);
});
