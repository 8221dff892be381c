/**
 * Hostile .html seeds through the ingest CLI, as a user runs it: a page nested 200,000 deep, a 20 MB
 * page, a PNG, a PDF and a zip saved as .html, UTF-16 with and without a byte order mark, a charset
 * nobody knows, a <script> never closed, a 1 MB <title>, 100,000 paragraphs, a page of only a
 * <frameset>, NUL bytes. Each ends as one article or one skipped entry with a reason, in a run that
 * neither crashes nor runs out of memory, and a well-formed seed beside them still comes out; none
 * takes more than 10 s of CPU on its own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tempTrees } from '../helpers/temp-tree.ts';
import { hostileSeeds } from './hostile-html-seeds.ts';
import { expectEachWithin10CpuSeconds, expectHostileRunOutcomes, seedOf, type HostileExpectation } from './hostile-outcomes.ts';

const trees = tempTrees('hostile-html-');
afterAll(trees.cleanup);

/** What each becomes: an article, or skipped with a reason that says why. */
const EXPECTED: Record<string, HostileExpectation> = {
  'ok.html': 'article',
  'nested.html': 'article',
  'twenty-mb.html': 'article',
  'image.html': /PNG image.*export it as text/,
  'paper.html': /PDF.*export it as text/,
  'archive.html': /ZIP archive.*export it as text/,
  'utf16-bom.html': 'article',
  'utf16-no-bom.html': 'article',
  'unknown-charset.html': 'article',
  // A browser shows nothing after a <script> never closed: its text is script.
  'unclosed-script.html': /no text/,
  'title-1mb.html': 'article',
  'many-p.html': 'article',
  'frameset.html': /no text/,
  'nul.html': 'article',
};

describe('hostile .html seeds through the CLI', () => {
  it('each becomes one article or one skipped entry with a reason; the well-formed seed still comes out', async () => {
    const articles = await expectHostileRunOutcomes(trees, hostileSeeds(), EXPECTED);
    // The paragraphs nested 200,000 deep are read apart, each a paragraph of its own (hostile-deep-blocks).
    const nested = articles.find((a) => seedOf(a) === 'nested.html')!;
    expect(nested).toMatch(/on Monday\.<\/p>\n\n<p id="p-2">The laboratories/);
    expect(nested).not.toMatch(/on Monday\. The laboratories/);
  }, 240_000);

  it('takes no seed more than 10 s of CPU on its own', () => {
    expectEachWithin10CpuSeconds(hostileSeeds());
  }, 240_000);
});
