/**
 * Another story's teaser closing the run: under the article's last paragraph, a stack of short lines
 * (a box's heading or a kicker over a headline, a date line, "Watch video 02:17"), then one short
 * paragraph, its summary, and the page's furniture under it. The summary weighs more than the short
 * lines above it cost, so the run took the teaser in and the article ended on another story. A site
 * that lists several such teasers under the article closes the run on each in turn.
 *
 * What tells it from the article's last section ("Fazit" over a closing paragraph): the section's
 * heading stands alone over its paragraph, where a teaser stacks two lines or more that are no prose
 * (the box's heading or the kicker, the headline); its summary is a sentence or two; and the article
 * above it holds most of the run's prose. A caption's credit between is no part of such a stack (an
 * article's last section may sit under a picture): only short lines without a sentence end and the
 * lines a teaser brings (a date, an age, a box's heading) are.
 */
import type { ClassedBlock } from '../main-text.ts';

/** A teaser's summary is a sentence or two. */
const SUMMARY_WORDS = 50;
/** Lines of the stack over the summary: at least two (a heading alone is the article's), at most a few. */
const STACK_LINES = 2;
const STACK_AT_MOST = 5;
/** Words of a stacked line at most: a headline, a kicker, a box's heading. */
const STACK_LINE_WORDS = 16;
/** The article above the teaser holds this many times the summary's words at least. */
const ARTICLE_TIMES_SUMMARY = 3;
/** Words of prose the article holds at least: a short page of items (an agenda, a card) closes on items of its own. */
const ARTICLE_WORDS = 150;
/** Words of the headline over the summary at least: a one-word label over a line is an item's (a minute of a live report, a book's card). */
const HEADLINE_WORDS = 2;
/** Teasers closed off one after another at most. */
const TEASERS_AT_MOST = 6;

export const CLOSING_TEASER = "another story's teaser closing the article (its headline over a short summary)";

const isParagraph = (b: ClassedBlock) => b.cls === 'good' || b.cls === 'near';

/** A line a teaser stacks over its summary: a headline or kicker, or the date, age or box heading it brings. */
function stacked(b: ClassedBlock): boolean {
  if (b.features.words > STACK_LINE_WORDS) return false;
  if (b.cls === 'bad') return b.features.dateLine || b.features.age || b.features.boxHeading;
  return b.cls === 'short' && !b.features.sentenceEnd && !b.features.introducesList && !b.features.bullet;
}

/** Returns the article's last line: above the teasers that close the run (start..end), if it closes on any. */
export function aboveTheClosingTeasers(blocks: ClassedBlock[], start: number, end: number, repeated: (i: number) => boolean): number {
  let proseAbove = 0;
  for (let i = start; i <= end; i++) if (isParagraph(blocks[i])) proseAbove += blocks[i].features.words;
  for (let n = 0; n < TEASERS_AT_MOST; n++) {
    const summary = blocks[end];
    if (!isParagraph(summary) || summary.features.words > SUMMARY_WORDS) return end;
    let k = end - 1;
    while (k > start && !isParagraph(blocks[k]) && end - 1 - k < STACK_AT_MOST && stacked(blocks[k])) k--;
    // The stack must reach the article's paragraph: a line of another kind (a credit) between, and it is no teaser's.
    if (k <= start || !isParagraph(blocks[k]) || end - 1 - k < STACK_LINES) return end;
    // The headline right over the summary, not its date alone; not a line the page repeats (a picture's
    // "click to enlarge" over each step of a guide; a box's kicker may repeat, its headlines do not).
    if (blocks[end - 1].cls !== 'short' || blocks[end - 1].features.words < HEADLINE_WORDS || repeated(end - 1)) return end;
    proseAbove -= summary.features.words;
    if (proseAbove < ARTICLE_WORDS || proseAbove < ARTICLE_TIMES_SUMMARY * summary.features.words) return end;
    for (let i = k + 1; i <= end; i++) {
      if (blocks[i].cls !== 'bad') Object.assign(blocks[i], { cls: 'bad', why: CLOSING_TEASER, headlineLike: false, weight: -(10 + Math.min(blocks[i].features.words, 40)) });
    }
    end = k;
  }
  return end;
}
