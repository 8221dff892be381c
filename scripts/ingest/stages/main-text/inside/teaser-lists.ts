/**
 * Lists of other stories, each a headline and its summary, three in a row: the summaries weigh
 * against the run, so the article ends where the list begins. A listicle's or a guide's sections,
 * shaped the same but following the article's paragraph directly and saying more than a teaser,
 * stay the article's. Used by ../../main-text.ts before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isOpeningProse } from '../shared/prose.ts';

/** How many headline-and-summary teasers in a row make a list of other stories. */
const TEASERS_IN_A_ROW = 3;
/** A teaser's summary is a sentence or two; a list article's items say more. */
export const TEASER_SUMMARY_WORDS = 50;
/** Words of a headline that goes on with a list of three teasers or more (a first teaser's headline has six). */
const CONTINUED_TITLE_WORDS = 4;
/** A teaser's lines above its summary: kicker, headline, source or tags. */
const TEASER_LINES = 4;

/**
 * A headline (with perhaps a kicker or tags), one short paragraph, a headline, one short paragraph,
 * …: a list of other stories with their summaries. An article's sub-headings are short ("Isolation",
 * "Delivery latency") or lead several paragraphs; a teaser's headline is a whole clause and its
 * summary a paragraph of its own. The summaries weigh against the run, so the article ends where
 * the list begins. Linear: each line is looked at by at most one teaser.
 */
export function listsOfTeasers(blocks: ClassedBlock[]): void {
  const label = (b: ClassedBlock) => (b.cls === 'short' || b.cls === 'near' || b.cls === 'bad') && !b.features.sentenceEnd && !b.features.introducesList && !b.features.bullet;
  const title = (b: ClassedBlock) => label(b) && b.cls !== 'bad' && b.features.words >= 6 && b.features.words <= 25;
  const summary = (b: ClassedBlock | undefined) => !!b && (b.cls === 'good' || b.cls === 'near') && b.features.words <= TEASER_SUMMARY_WORDS && !title(b);
  /** The end (exclusive) of the teaser starting at i, or -1. */
  // Once the list is plain (three teasers in a row), a shorter headline goes on with it ("Ukraine-Krieg
  // Der ungehobene Schatz" over its summary): a list of other stories does not stop at a terse one.
  const continued = (b: ClassedBlock) => label(b) && b.cls !== 'bad' && b.features.words >= CONTINUED_TITLE_WORDS && b.features.words <= 25;
  const teaser = (i: number, inList: boolean): number => {
    let j = i;
    let titled = false;
    for (; j < blocks.length && j < i + TEASER_LINES && label(blocks[j]) && !summary(blocks[j]); j++) if (title(blocks[j]) || (inList && continued(blocks[j]))) titled = true;
    return titled && j > i && summary(blocks[j]) && (j + 1 >= blocks.length || !summary(blocks[j + 1])) ? j + 1 : -1;
  };
  let i = 0;
  while (i < blocks.length) {
    const ends: number[] = [];
    for (let at = i, end; (end = teaser(at, ends.length >= TEASERS_IN_A_ROW)) !== -1; at = end) ends.push(end);
    if (ends.length >= TEASERS_IN_A_ROW && !itemsOfTheArticle(blocks, i, ends[ends.length - 1])) {
      for (let j = i; j < ends[ends.length - 1]; j++) {
        const b = blocks[j];
        if (b.cls === 'bad') continue;
        b.weight = Math.min(b.weight, -(2 + b.features.words * 0.3));
        b.why = TEASER_LIST;
      }
      i = ends[ends.length - 1];
    } else i++;
  }
}

const TEASER_LIST = 'a list of other stories, each a headline and its summary';
/** How many short lines (a sub-heading, a month) may stand between the article's paragraph and the list. */
const ITEMS_REACH = 2;
/** A teaser's summary is a sentence or two; an article's item says more, on average. */
const ITEM_WORDS = 35;

/**
 * "Network Builders Forum: June 15-18 | Las Vegas" / paragraph / "Cloud Operators Summit: June 8-11 | San Diego" /
 * paragraph / …: a listicle's or a guide's sections, shaped like a box of other stories (a headline
 * and its summary, again and again) but standing inside the article. A box of other stories comes
 * under its heading or with its "Read more" buttons, and its summaries are a sentence or two; these
 * items follow the article's paragraph directly (a sub-heading or a month between at most), nothing
 * of a box's furniture stands among them, and each says more than a teaser. Lines from..to (exclusive).
 */
function itemsOfTheArticle(blocks: ClassedBlock[], from: number, to: number): boolean {
  let above = from - 1;
  while (above >= 0 && above >= from - 1 - ITEMS_REACH && blocks[above].cls === 'short') above--;
  if (above < 0 || !isOpeningProse(blocks[above]) || blocks[above].why === TEASER_LIST) return false;
  let words = 0;
  let paragraphs = 0;
  for (let j = from; j < to; j++) {
    const b = blocks[j];
    if (b.cls === 'bad' && (b.features.boxHeading || b.features.callToAction || b.features.commentMark)) return false;
    if (b.cls === 'good' || b.cls === 'near') [words, paragraphs] = [words + b.features.words, paragraphs + 1];
  }
  return words >= paragraphs * ITEM_WORDS;
}
