/**
 * Other stories' headlines set between an article's paragraphs: news sites break the article with a
 * box of links ("Schlagzeilen", "Mehr aus dem Ressort", or no heading at all) whose headlines show
 * as short lines, one after another. The run crosses them (the paragraphs on both sides outweigh a
 * few short lines), so they were kept. What shows them whatever the box's heading says: several
 * lines in a row, each shaped like a headline (a clause of a few words to fifteen, no sentence end,
 * no colon introducing anything), with no prose between them. An article's own sub-heading stands
 * alone over its paragraph; its list of items follows the sentence that introduces it (a colon), or
 * reads as sentences. Used by detectMainText after the run's ends are found.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** Headlines in a row that make a box of other stories (two could be a caption over a sub-heading). */
const HEADLINES_IN_A_ROW = 3;
/** Words of another story's headline. */
const HEADLINE_WORDS = { min: 4, max: 15 };
/** Words of a headline that goes on with a row a longer one opened. */
const ROW_HEADLINE_WORDS = 3;
/**
 * Opens on a capital, perhaps after a quotation mark ("„Über manches irritiert“: …"), or on a letter
 * of a script with no case (nothing to capitalise there).
 */
const OPENS_AS_A_HEADLINE = /^\P{L}{0,3}[\p{Lu}\p{Lo}]/u;
/** The box's heading over the row ("Schlagzeilen", "Mehr aus dem Ressort"): a few words, no sentence end. */
const BOX_HEADING_WORDS = 4;

export const TEASERS_BETWEEN_PARAGRAPHS = 'other stories\' headlines in a row between the article\'s paragraphs';

function isHeadline(line: string, b: ClassedBlock, inRow = false): boolean {
  const f = b.features;
  // A row of a table ("Filing Fee\t$200") is a cell row, no headline.
  if (b.cls !== 'short' || line.includes('\t') || f.sentenceEnd || f.introducesList || f.bullet || f.byline || f.dateLine || f.code || f.markup) return false;
  // Inside a row, a terser headline goes on with it ("Urgestein verlässt Serie" among longer ones).
  if (f.words < (inRow ? ROW_HEADLINE_WORDS : HEADLINE_WORDS.min) || f.words > HEADLINE_WORDS.max) return false;
  return OPENS_AS_A_HEADLINE.test(line.trim());
}

/** A word of four letters or more: what items of one list share ("Group", "appearance", "Content"). */
const WORD = /\p{L}{4,}/gu;
const DIGIT = /\p{N}/u;

/**
 * Items of one kind, as the article's own list or table gives them ("June 9 – Tampa, FL @ …",
 * "England (Group A): 10th appearance", a row of a stock table): most carry a figure, or one word
 * recurs in most of them. Other stories' headlines are each about something else.
 */
function itemsOfOneKind(lines: string[]): boolean {
  const most = (n: number) => n * 2 > lines.length;
  if (most(lines.filter((l) => DIGIT.test(l)).length)) return true;
  const linesWith = new Map<string, number>();
  for (const line of lines) for (const w of new Set(line.toLowerCase().match(WORD) ?? [])) linesWith.set(w, (linesWith.get(w) ?? 0) + 1);
  for (const n of linesWith.values()) if (most(n)) return true;
  return false;
}

/** The box's heading: a few words alone, no sentence end. */
function isBoxHeading(b: ClassedBlock): boolean {
  return b.cls === 'short' && !b.features.sentenceEnd && !b.features.introducesList && b.features.words >= 1 && b.features.words <= BOX_HEADING_WORDS;
}

/**
 * The lines strictly inside the run (start..end) that are other stories' headlines: rows of
 * HEADLINES_IN_A_ROW headline-shaped lines or more, one right after another, perhaps under the box's
 * heading, right under a paragraph of the article (furniture between them aside) that introduces no
 * list, and whose lines are no items of one kind (itemsOfOneKind). Not on English pages: there such
 * rows between paragraphs are mostly the article's own (a product's specifications, "Read more:
 * <guide>" links its text counts, a guide's steps), and other stories' boxes come under headings
 * block-features knows ("Related", "More from …"). A row under a product's name or a numbered item's heading ("1. Lakeland 3-Tier airer" over
 * "Best airer overall, 9/10", "We like: …") is that item's own, and stays.
 */
export function teasersBetweenParagraphs(lines: string[], blocks: ClassedBlock[], start: number, end: number, lang: string): number[] {
  const found: number[] = [];
  if (lang === 'en') return found;
  let i = start + 1;
  while (i < end) {
    let k = i;
    while (k < end && isHeadline(lines[k], blocks[k], k > i)) k++;
    if (k - i < HEADLINES_IN_A_ROW) {
      i = Math.max(k, i + 1);
      continue;
    }
    const headed = i - 1 > start && isBoxHeading(blocks[i - 1]);
    let above = headed ? i - 2 : i - 1;
    while (above > start && blocks[above].cls === 'bad') above--;
    const prose = blocks[above].cls === 'good' || blocks[above].cls === 'near';
    if (prose && !blocks[above].features.introducesList && !itemsOfOneKind(lines.slice(i, k))) for (let j = headed ? i - 1 : i; j < k; j++) found.push(j);
    i = k;
  }
  return found;
}
