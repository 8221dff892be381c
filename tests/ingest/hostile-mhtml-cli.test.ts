/**
 * Hostile .mhtml/.mht seeds through the ingest CLI, as a user runs it: no html part, a boundary never
 * closed, a 50 MB image part before the page, broken quoted-printable, base64 that is html or letters that decode to noise, a charset
 * nobody knows, nested multiparts, a part header with no blank line, no boundary, an empty page part,
 * 10,000 parts before the page, a Content-Length that lies, an escape cut at the part's end, CR-only line ends.
 * Each ends as one article or one skipped entry with a reason, in a run that neither crashes nor
 * hangs, and the well-formed seeds beside them come out; none takes more than 10 s of CPU on its own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tempTrees } from '../helpers/temp-tree.ts';
import { hostileMhtmlSeeds } from './hostile-mhtml-seeds.ts';
import { expectEachWithin10CpuSeconds, expectHostileRunOutcomes, type HostileExpectation } from './hostile-outcomes.ts';

const trees = tempTrees('hostile-mhtml-');
afterAll(trees.cleanup);

const EXPECTED: Record<string, HostileExpectation> = {
  'ok.mhtml': 'article',
  'ok-base64.mht': 'article',
  'no-html-part.mhtml': /MHTML.*no text\/html part/,
  'unclosed-boundary.mhtml': 'article',
  'fifty-mb-image-first.mhtml': 'article',
  'broken-qp.mhtml': 'article',
  'base64-garbage.mhtml': /MHTML.*not base64/,
  'base64-letters.mhtml': /MHTML.*not base64 of a page/,
  'unknown-charset.mhtml': 'article',
  'nested.mhtml': 'article',
  'no-blank-line.mhtml': 'article',
  'no-boundary.mhtml': /MHTML.*no boundary/,
  'empty-page-part.mhtml': /empty page/,
  'plain-html.mhtml': 'article',
  'ten-thousand-parts.mhtml': 'article',
  'lying-length.mhtml': 'article',
  'qp-cut-mid-escape.mhtml': 'article',
  'cr-only.mhtml': 'article',
};

describe('hostile .mhtml seeds through the CLI', () => {
  it('each becomes one article or one skipped entry with a reason', async () => {
    const articles = await expectHostileRunOutcomes(trees, hostileMhtmlSeeds(), EXPECTED);
    // The broken escape is kept as written, not dropped with the text around it.
    expect(articles.join('\n')).toMatch(/=ZZThe harbour council/);
    // No message is read as HTML with its headers for text (one with CR-only line ends was).
    expect(articles.join('\n')).not.toMatch(/MIME-Version|Content-Transfer-Encoding/);
  }, 240_000);

  it('takes no seed more than 10 s of CPU on its own', () => {
    expectEachWithin10CpuSeconds(hostileMhtmlSeeds());
  }, 240_000);
});
