/**
 * The hostile seeds of hostile-fuzz-seeds.ts, made at test time, through the ingest CLI in one run
 * of a project of their own: UTF-16 big-endian with and without a byte order mark, a <meta> charset
 * that lies, Latin-1 bytes in a UTF-8 page, 10,000 <h1>s above or under the article, a tag of
 * 100,000 attributes, JSON-LD of 2 MB or nested 10,000 deep, 50,000 dashes and "a." 100,000 times
 * (bait for a pattern that backtracks), names of 255 bytes, pages of only NUL bytes, a gzip'd page
 * cut short. Each is one article (the headline and both paragraphs of the story it wraps) or one
 * skipped entry whose reason says what the file is; the run finishes; the two well-formed seeds
 * beside them come out exactly as they do alone; no seed takes more than 5 s of CPU on its own.
 *
 * Covered elsewhere, not repeated here: nesting 200,000 deep, 20 MB lines and pages, a PDF, a PNG or
 * a zip saved as .html, UTF-16 LE pages (hostile-html-cli), spaces in runs (hostile-space-runs), names
 * with line breaks and bidi marks (hostile-file-names), empty files, FIFOs, sockets, link loops
 * (hostile-odd-files-cli), folders with a seed's name (hostile-seeds), a seed removed or swapped
 * between the listing and the read (seed-swapped-after-listing), damaged cache entries (cache-damage).
 */
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { tempTrees } from '../helpers/temp-tree.ts';
import { contentOf, ingestProject, runIngestCli, setSeeds } from './cli-project.ts';
import { expectEachWithinCpuSeconds, expectHostileRunOutcomes, seedOf, type HostileExpectation } from './hostile-outcomes.ts';
import { articleSeeds, FRENCH, HEADLINE, notArticleSeeds, okSeeds } from './hostile-fuzz-seeds.ts';
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const trees = tempTrees('hostile-fuzz-');
afterAll(trees.cleanup);

/** Why each seed that is no article is skipped: what the file is, and what to do. */
const SKIPPED: Record<string, RegExp> = {
  'only-nul.html': /^binary file: contains 100000 NUL bytes.*export it as text/,
  'only-nul.txt': /^binary file: contains 100000 NUL bytes.*export it as text/,
  'gzip-truncated.html': /gzip-compressed.*cut short.*cannot be unpacked/,
};

const all = () => new Map([...okSeeds(), ...articleSeeds(), ...notArticleSeeds()]);
const front = (mdx: string) => YAML.parse(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]);

describe('hostile seeds made at test time, through the CLI', () => {
  it('each is one article or one skipped entry with its reason; the well-formed seeds come out as they do alone', async () => {
    const expected: Record<string, HostileExpectation> = { ...SKIPPED };
    for (const name of [...okSeeds().keys(), ...articleSeeds().keys()]) expected[name] = 'article';
    const articles = await expectHostileRunOutcomes(trees, all(), expected);
    for (const seed of articleSeeds().keys()) {
      const mdx = articles.find((a) => seedOf(a) === seed)!;
      expect(front(mdx).title, seed).toBe(HEADLINE);
      expect(mdx, seed).toContain(PROSE_BEFORE);
      expect(mdx, seed).toContain(PROSE_AFTER);
      expect(mdx.length, seed).toBeLessThan(20_000);
    }
    for (const seed of ['charset-lies.html', 'latin1-in-utf8.html']) expect(articles.find((a) => seedOf(a) === seed), seed).toContain(FRENCH);

    const alone = ingestProject(trees);
    setSeeds(alone.seedsDir, okSeeds());
    await runIngestCli(alone.root, alone.seedsDir);
    const okArticles = Object.values(contentOf(alone.root)).filter((text) => /^---\n/.test(text));
    expect(okArticles).toHaveLength(2);
    for (const mdx of okArticles) expect(articles, seedOf(mdx)).toContain(mdx);
  }, 300_000);

  it('takes no seed more than 5 s of CPU on its own', () => {
    expectEachWithinCpuSeconds(all(), 5);
  }, 300_000);
});
