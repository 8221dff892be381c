/**
 * Under a box heading that follows the article ("You may also like", "Related coverage"), other
 * stories' summaries come one by one between their headlines, stamps and buttons: everything under
 * the heading, up to the article going on in paragraphs, is the box's, and its prose weighs against
 * the run. Used by ../../main-text.ts before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isBoxHeading } from '../shared/box-heading.ts';
import { headsTeasers } from '../shared/related-content-heading.ts';
import { TEASER_SUMMARY_WORDS } from '../inside/teaser-lists.ts';
import { isProse } from '../shared/prose.ts';
import { opensTheNextNumberedItem } from '../inside/next-numbered-item.ts';
import { goesOnBelow } from '../inside/boxes-of-other-stories.ts';

/**
 * Prose words above a box heading that make it follow a whole article: a box set inside a short
 * article ("Related Links" under its second paragraph) is judged by its weights alone.
 */
const ARTICLE_ABOVE_WORDS = 250;

/**
 * Under a box heading that follows the article ("You may also like", "Related coverage"), other
 * stories' summaries come one by one, between their headlines, share buttons or pictures; the
 * article, when it goes on under a box set inside it, goes on in paragraphs that follow each other.
 * So everything under the heading, up to two paragraphs in a row, is the box's: its prose weighs
 * against the run too.
 */
export function teasersUnderABoxAfterTheArticle(lines: string[], blocks: ClassedBlock[], boxed: Set<number>, recurs: (i: number) => boolean, numberOf: (i: number) => number): void {
  const sections = headingsOfTheArticlesSections(lines, blocks);
  let prose = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].cls === 'good') prose += blocks[i].features.words;
    // A heading only the chrome rules know (shared/related-content-heading.ts) counts under a whole article only.
    const heading = isBoxHeading(blocks[i]) || (prose >= ARTICLE_ABOVE_WORDS && headsTeasers(blocks, i));
    if (!heading || (prose < ARTICLE_ABOVE_WORDS && !summariesWithTheirButtons(lines, blocks, i))) continue;
    let j = i + 1;
    // Under a heading the article repeats over each of its items, a paragraph longer than a
    // teaser's summary is the item's own text: the article goes on there. Unless a teaser's stamp or
    // button stands by it (a date, an age, a byline, "Read more"): a sponsor's label over each of
    // its stories recurs too. A button further off ("Check price at …" over a guide's score table)
    // is the item's, not a teaser's beside its summary.
    const goesOn = (k: number) =>
      sections.has(i) &&
      blocks[k].cls === 'good' &&
      blocks[k].features.words > TEASER_SUMMARY_WORDS &&
      !blocks.slice(Math.max(i + 1, k - TEASER_MARK_REACH), k).some(isTeaserMark) &&
      !blocks.slice(k + 1, k + 1 + TEASER_MARK_REACH).some(isTeaserMark);
    // Two paragraphs in a row end the box, unless the first is a short sentence right under a
    // teaser's stamp (a date line, an age): another story's headline that ends on a question mark
    // ("Ab wann sind Streiks unverhältnismäßig?") over its summary. A long paragraph under a stamp
    // is the article's first, under its own date.
    const stamped = (k: number) => !!blocks[k] && (blocks[k].features.dateLine || blocks[k].features.age);
    // A box that sets each teaser's stamp under its summary ("Corona und Wissenschaft: Wer sagt die
    // Wahrheit?" / its summary / "WISSENSCHAFT21.12.2021" / "21. Dezember 2021"): a headline over a
    // summary with a stamp right under them is the next teaser, not the article going on.
    const stampedUnder = (k: number) => blocks[k].cls === 'near' && (stamped(k + 2) || stamped(k + 3));
    const paragraphsGoOn = (k: number) => isProse(blocks[k]) && isProse(blocks[k + 1]) && !(blocks[k].cls === 'near' && stamped(k - 1)) && !stampedUnder(k);
    // A box heading the page sets again and again, over headlines alone ("Lesen Sie auch" / kicker /
    // headline, four times down the article): boxes set inside the article, which goes on in the
    // paragraph right under the headlines (a teaser's summary follows its own headline, and its
    // stamp or button stands under it).
    const headlinesOnly = (k: number) =>
      recurs(i) &&
      k - i > 1 &&
      isProse(blocks[k]) &&
      blocks[k].features.sentenceEnd &&
      blocks.slice(i + 1, k).every((b) => b.cls === 'short' && !b.features.sentenceEnd) &&
      !blocks.slice(k + 1, k + 1 + TEASER_MARK_REACH).some(isTeaserMark);
    // "Kids:" / a paragraph / "Entertainment:" / a paragraph, under the box's headlines: the article's
    // own labels, each over its paragraph, one after another. A box's teasers stand under headlines,
    // and no two of them in a row under a label that ends on a colon.
    const labelledParagraphsGoOn = (k: number) => k > i + 1 && labelOverAParagraph(blocks, k) && labelOverAParagraph(blocks, k + 2);
    // "Story continues below": the box stood inside the article, which goes on under the note.
    const nextItem = opensTheNextNumberedItem(blocks, numberOf, i);
    for (; j < blocks.length && !paragraphsGoOn(j) && !goesOn(j) && !headlinesOnly(j) && !goesOnBelow(blocks[j]) && !labelledParagraphsGoOn(j) && !nextItem(j); j++) {
      const b = blocks[j];
      if (b.cls === 'bad') continue;
      boxed.add(j);
      b.weight = Math.min(b.weight, -(2 + b.features.words * 0.3));
    }
    i = j - 1;
  }
}

/** Words of a label run in over its paragraph ("Eating out:", "Kids and school:"): a clause is longer. */
const RUN_IN_LABEL_WORDS = 6;

/** "Eating out:" over a paragraph: a short line ending on a colon, no furniture, right over prose. */
function labelOverAParagraph(blocks: ClassedBlock[], k: number): boolean {
  const b = blocks[k];
  return !!b && b.cls !== 'bad' && b.features.introducesList && b.features.words <= RUN_IN_LABEL_WORDS && blocks[k + 1]?.cls === 'good';
}

/** Summaries in a row, each with the same row of buttons under it, that make a box's list of stories. */
const SUMMARIES_WITH_BUTTONS = 3;
/** How far under its heading a box's summaries are looked for. */
const SUMMARIES_REACH = 60;

/**
 * "You may also like" over summary / "Share Pin Download" / summary / "Share Pin Download" / …: under
 * a box heading, paragraphs each followed by the same short line (the buttons every teaser carries),
 * three or more: a list of other stories, however short the article above it. An article that goes
 * on under a box set inside it goes on in paragraphs with nothing repeated between them.
 */
function summariesWithTheirButtons(lines: string[], blocks: ClassedBlock[], i: number): boolean {
  let buttons: string | null = null;
  let summaries = 0;
  for (let k = i + 1; k + 1 < blocks.length && k <= i + SUMMARIES_REACH; k++) {
    if (blocks[k].cls !== 'good' && blocks[k].cls !== 'near') continue;
    const under = blocks[k + 1];
    if (under.cls === 'good' || under.cls === 'near' || under.features.words === 0) return false;
    const key = lines[k + 1].trim().toLowerCase();
    if (buttons !== null && key !== buttons) return false;
    buttons = key;
    if (++summaries >= SUMMARIES_WITH_BUTTONS) return true;
  }
  return false;
}

/** How far over or under its summary a teaser's button or stamp may stand. */
const TEASER_MARK_REACH = 2;

/** What a teaser of another story shows beside its headline: its date or age, its byline, a button to it. */
function isTeaserMark(b: ClassedBlock): boolean {
  const f = b.features;
  return f.dateLine || f.age || f.byline || f.callToAction || f.counter;
}

/** How many times a box's heading must recur on the page to head the article's own items. */
const SECTION_HEADINGS = 3;
/** A heading's opening words, which recur when the rest names each item ("More on <band>"). */
const HEADING_OPENING = /^\P{L}*(\p{L}+(?:\P{L}+\p{L}+)?)/u;

/**
 * "Recommended courses:" over each platform of a review roundup, "More on <artist>" under each album
 * of a list of the month's best: a heading worded like a box of other stories, opening with the same
 * words three times or more, heads the article's items; a box of other stories comes once or twice
 * (a page's top and foot). Returns the lines of such headings.
 */
function headingsOfTheArticlesSections(lines: string[], blocks: ClassedBlock[]): Set<number> {
  const byOpening = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    if (!isBoxHeading(b)) return;
    const opening = HEADING_OPENING.exec(lines[i])?.[1].toLowerCase() ?? '';
    const at = byOpening.get(opening);
    if (at) at.push(i);
    else byOpening.set(opening, [i]);
  });
  return new Set([...byOpening.values()].filter((at) => at.length >= SECTION_HEADINGS).flat());
}
