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
 * lines a teaser brings (a date, an age, a box's heading) are. And the stacks must show the box:
 * a kicker the page repeats over each teaser, a date or a box's heading among them, or two teasers
 * in a row; two plain short lines over one short paragraph may as well be the article's last
 * section under a picture's caption (the held-out pages said so: that version lost article text).
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';

/**
 * A teaser's summary is a sentence or two: longer, and it is the article's last paragraph under a
 * picture or an embedded box; shorter, and it is a line of a list ("Which type is right for you?").
 */
const SUMMARY_WORDS = 35;
const SUMMARY_AT_LEAST = 10;
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
/** Teasers in a row that show a box of them without a kicker or a date. */
const TEASERS_IN_A_ROW = 2;
/** Teasers closed off one after another at most. */
const TEASERS_AT_MOST = 6;

export const CLOSING_TEASER = "another story's teaser closing the article (its headline over a short summary)";

const isParagraph = (b: ClassedBlock) => b.cls === 'good' || b.cls === 'near';

/** "Address: 12 Main St.", "Website: example.org": an item's fields, not a teaser's lines. */
const FIELD = /^\p{L}[\p{L} ]{0,24}:\s/u;

/** A line a teaser stacks over its summary: a headline or kicker, or the date, age or box heading it brings. */
// Not a byline ("by Jane Doe"): a teaser's, perhaps, but the header reads the article's author from such lines.
function stacked(b: ClassedBlock, line: string): boolean {
  if (b.features.words > STACK_LINE_WORDS || b.features.byline || FIELD.test(line.trim())) return false;
  if (b.cls === 'bad') return b.features.dateLine || b.features.age || b.features.boxHeading;
  return b.cls === 'short' && !b.features.sentenceEnd && !b.features.introducesList && !b.features.bullet;
}

/**
 * Returns the article's last line: above the teasers that close the run (start..end), if it closes
 * on any. The teasers are found from the foot up, then judged together: if a line of their stacks
 * stands in the article above them too ("Webcam" over each item), they are the article's own list.
 */
export function aboveTheClosingTeasers(lines: string[], keys: string[], blocks: ClassedBlock[], start: number, end: number, repeated: (i: number) => boolean): number {
  let proseAbove = 0;
  for (let i = start; i <= end; i++) if (isParagraph(blocks[i])) proseAbove += blocks[i].features.words;
  const foot = end;
  const stacks = new Set<string>();
  let teasers = 0;
  // What shows the box: a line the page repeats in a stack (the kicker over each teaser), a date or a box's heading there, or teasers in a row.
  let boxed = false;
  for (let n = 0; n < TEASERS_AT_MOST; n++) {
    const summary = blocks[end];
    if (!isParagraph(summary) || summary.features.words > SUMMARY_WORDS || summary.features.words < SUMMARY_AT_LEAST) break;
    let k = end - 1;
    while (k > start && !isParagraph(blocks[k]) && end - 1 - k < STACK_AT_MOST && stacked(blocks[k], lines[k])) k--;
    // The stack must reach the article's paragraph: a line of another kind (a credit) between, and it is no teaser's.
    if (k <= start || !isParagraph(blocks[k]) || end - 1 - k < STACK_LINES) break;
    // A paragraph that introduces a list ("…in several ways:") has the article's items under it.
    if (blocks[k].features.introducesList) break;
    // The headline right over the summary, not its date alone; not a line the page repeats (a picture's
    // "click to enlarge" over each step of a guide; a box's kicker may repeat, its headlines do not).
    if (blocks[end - 1].cls !== 'short' || blocks[end - 1].features.words < HEADLINE_WORDS || repeated(end - 1)) break;
    proseAbove -= summary.features.words;
    if (proseAbove < ARTICLE_WORDS || proseAbove < ARTICLE_TIMES_SUMMARY * summary.features.words) break;
    for (let i = k + 1; i < end; i++) {
      stacks.add(keys[i].trim());
      if (repeated(i) || blocks[i].cls === 'bad') boxed = true;
    }
    end = k;
    teasers++;
  }
  // The article's last paragraph above them is a whole paragraph: a shorter line of prose there (a
  // question to the reader, a step of a guide) leaves the lines under it judged as the article's.
  if (end === foot || blocks[end].cls !== 'good' || !(boxed || teasers >= TEASERS_IN_A_ROW)) return foot;
  for (let i = start; i <= end; i++) if (stacks.has(keys[i].trim())) return foot;
  for (let i = end + 1; i <= foot; i++) {
    if (blocks[i].cls !== 'bad') leaveOut(blocks[i], CLOSING_TEASER, runEndingWeight(blocks[i]));
  }
  return end;
}
