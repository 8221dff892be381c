/**
 * Hostile .txt seeds through the ingest CLI, as a user runs it: a 20 MB single line, 1,000,000 lines of
 * one character, a file of only bidi controls and zero-width characters, UTF-16 without a byte order
 * mark, NUL bytes, a line of 100,000 "By ", only byte order marks and zero-width spaces, 1 MB of one
 * emoji ZWJ sequence, CR-only line ends, Unicode's line and paragraph separators. Each ends as one article or one skipped entry with a
 * reason, in a run that neither crashes nor hangs, and the well-formed seed beside them still comes
 * out; none takes more than 10 s of CPU on its own. The .txt twin of hostile-html-cli.test.ts.
 */
import { afterAll, describe, it } from 'vitest';
import { tempTrees } from '../helpers/temp-tree.ts';
import { hostileTextSeeds } from './hostile-text-seeds.ts';
import { expectEachWithin10CpuSeconds, expectHostileRunOutcomes, type HostileExpectation } from './hostile-outcomes.ts';

const trees = tempTrees('hostile-text-');
afterAll(trees.cleanup);

/** What each becomes: an article, or skipped with a reason that says why. */
const EXPECTED: Record<string, HostileExpectation> = {
  'ok.txt': 'article',
  // Read up to the cap on what one article may take, the rest reported (text-cap).
  'twenty-mb-line.txt': 'article',
  'million-lines.txt': /no article text/,
  'invisible.txt': /no article text|no text/,
  'utf16-no-bom.txt': 'article',
  // Two stray NULs are dropped, as in a saved page (lib/safety/nul-characters.ts).
  'nul.txt': 'article',
  // The line of bylines goes as furniture after the article; the article stays.
  'by-line.txt': 'article',
  'marks-only.txt': /no text/,
  'emoji-zwj-1mb.txt': /no article text|no text/,
  'cr-only.txt': 'article',
  'line-separators.txt': 'article',
};

describe('hostile .txt seeds through the CLI', () => {
  it('each becomes one article or one skipped entry with a reason; the well-formed seed still comes out', async () => {
    await expectHostileRunOutcomes(trees, hostileTextSeeds(), EXPECTED);
  }, 240_000);

  it('takes no seed more than 10 s of CPU on its own', () => {
    expectEachWithin10CpuSeconds(hostileTextSeeds());
  }, 240_000);
});
