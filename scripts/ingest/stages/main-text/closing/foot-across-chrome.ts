/**
 * The page's foot that the run reached across the site's chrome: under the article's last paragraph
 * come a long stretch of short lines (tags, share buttons, a sign-up form, a menu, other stories'
 * headlines) and then a little prose again (a comment, a teaser's summary, the site's blurb in its
 * footer). Each short line weighs little against the run, so the heaviest run reaches over them to
 * that prose, and every line between is published as the article's.
 *
 * What shows the stretch is the page's and not the article's own (a gallery, a product's facts, a
 * box of other stories the article goes on under):
 * - it is long: GAP_LINES lines with no paragraph among them, and no line of a code listing;
 * - the page's chrome that closes articles stands in it (a share bar, related links, a newsletter's
 *   form, a box's heading, a copyright or cookie notice), not only captions, credits, counts or calls
 *   to action, which an article's own list of products or places has too;
 * - the prose under it is little beside the article's above it (UNDER_SHARE of it at most, and
 *   MAX_UNDER_WORDS words at most), and is not the article going on: several paragraphs in a row with
 *   no short line among them are.
 * The article then ends where that chrome begins (the short lines between it and the last paragraph
 * may be the article's: an item's facts, a signature, and the run's other rules judge them), and each
 * line from there on is reported with the reason.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { SHARE_BUTTONS_WHY } from '../inside/share-buttons.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';

/** Lines in a row with no paragraph among them: an article's list or a caption's credits are shorter. */
const GAP_LINES = 8;
/** Prose under the stretch at most, as a share of the prose above it. */
const UNDER_SHARE = 0.25;
/** Prose under the stretch at most, in words: a comment, a teaser's summary, a footer's blurb; an article going on under a box says more. */
const MAX_UNDER_WORDS = 300;
/** This many paragraphs under the stretch, and nothing else, are the article going on under a box. */
const ARTICLE_GOES_ON = 2;

export const FOOT_ACROSS_CHROME = "the page's foot, reached across a long stretch of the site's short lines and chrome after the last paragraph";

const isParagraph = (b: ClassedBlock) => b.cls === 'good' || b.cls === 'near';
/**
 * The chrome that closes articles: a rule of the site's chrome that says so (a share bar, related links,
 * a newsletter's or a comment form's lines), a copyright or cookie notice, a box's heading, share buttons
 * one a line. Not a call to action, a count or a caption: an article's own list of products has those.
 */
const closesArticles = (b: ClassedBlock) =>
  b.cls === 'bad' && (b.features.copyright || b.why === SHARE_BUTTONS_WHY || (b.features.chrome ? !!b.features.chrome.endsArticle : b.features.legal || b.features.boxHeading));

/**
 * Returns the article's last line: the line above the chrome of the first stretch of the site's short
 * lines in the run (start..end) under which little prose follows. The lines from the chrome on are
 * marked with the reason.
 */
export function aboveAFootAcrossChrome(blocks: ClassedBlock[], start: number, end: number): number {
  // The paragraphs' words summed once (from start): each stretch asks for the prose above and under it
  // in one step, so a page of many stretches costs no more than one walk.
  const upTo = new Float64Array(Math.max(0, end - start + 2));
  for (let k = start; k <= end; k++) upTo[k - start + 1] = upTo[k - start] + (isParagraph(blocks[k]) ? blocks[k].features.words : 0);
  const words = (from: number, to: number) => upTo[to - start + 1] - upTo[from - start];
  let lastParagraph = -1;
  let gap = 0;
  /** The stretch's first line of closing chrome, -1 while it has none. */
  let chrome = -1;
  for (let i = start; i <= end; i++) {
    const b = blocks[i];
    if (isParagraph(b)) {
      if (gap >= GAP_LINES && chrome !== -1 && lastParagraph !== -1 && words(i, end) <= UNDER_SHARE * words(start, lastParagraph) && !articleGoesOn(blocks, i, end, words(i, end))) {
        // The short lines between the last paragraph and the chrome may be the article's (an item's facts, a signature): the article ends where the chrome begins.
        for (let k = chrome; k <= end; k++) mark(blocks[k]);
        return chrome - 1;
      }
      lastParagraph = i;
      gap = 0;
      chrome = -1;
      continue;
    }
    // A listing's lines weigh nothing: a technical article runs on through them.
    if (b.features.code) gap = -Infinity;
    else gap++;
    if (chrome === -1 && closesArticles(b)) chrome = i;
  }
  return end;
}

/** Paragraphs only from `from` to the run's end, several of them (`words` in all): the article resumes under a box. */
function articleGoesOn(blocks: ClassedBlock[], from: number, end: number, words: number): boolean {
  if (words > MAX_UNDER_WORDS) return true;
  for (let k = from; k <= end; k++) if (!isParagraph(blocks[k])) return false;
  return end - from + 1 >= ARTICLE_GOES_ON;
}

function mark(b: ClassedBlock): void {
  if (b.cls === 'bad') return;
  leaveOut(b, FOOT_ACROSS_CHROME, runEndingWeight(b));
}
