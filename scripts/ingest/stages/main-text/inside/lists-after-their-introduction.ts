/**
 * A list the article introduced ("The tour's dates:" then forty short lines): the article's, however
 * headline-like its items look, rated items with their counts among them; its items weigh a little
 * for the run. Used by ../../main-text.ts as it weighs the lines.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { COUNTER_WHY } from '../shared/class-reasons.ts';
import { isASiteLinkLabel } from '../shared/site-link-label.ts';

/**
 * "The tour's dates:" then forty short lines: a list the article introduced is the article's, however
 * headline-like its items look. The items weigh a little for themselves until something that is not
 * a list item (prose, furniture, one of the site's own links) comes.
 */
export function listsAfterTheirIntroduction(lines: string[], blocks: ClassedBlock[]): void {
  const firstProse = blocks.findIndex((b) => b.cls === 'good');
  // An item may run longer than a label (a clause with no full stop): the list goes on past it. The
  // site's own links run on under the article's last list with no break the text shows ("Folge uns
  // auf" / "Instagram" / "Impressum"): the list ends where they begin (shared/site-link-label.ts).
  // Two in a row, the second no furniture the list stops at anyway: a footer holds several links, and
  // one alone may be the article's item ("Accessibility Program", last of a housing office's programs,
  // over the page's "Privacy Policy").
  const siteLinks = (j: number) => j + 1 < blocks.length && blocks[j + 1].cls !== 'bad' && isASiteLinkLabel(lines[j]) && isASiteLinkLabel(lines[j + 1]);
  const item = (j: number) => {
    const b = blocks[j];
    return (b.cls === 'short' || (b.cls === 'near' && !b.features.sentenceEnd)) && !b.features.introducesList && !siteLinks(j);
  };
  for (let i = 0; i < blocks.length; i++) {
    const intro = blocks[i];
    // A label of a word or two ("Share this:", "Categories:") introduces the page's links, not the article's list,
    // unless the rows under it are written as one list: each opening on the same bullet, or each of one punctuated
    // shape ("Aus dem Inhalt:" / "– Rituale zur Heilung" / "– Astralreisen …"; "Testzeugnis:" / "Verbrauch: 1" / …).
    if (!intro.features.introducesList || intro.cls === 'bad') continue;
    if (intro.features.words < 4 && !overRowsOfOneShape(lines, i, item)) continue;
    if (intro.weight < 1) intro.weight = 1;
    // Rated items are the article's under its first paragraph; above it, a menu's entries show counts.
    const underProse = firstProse !== -1 && i > firstProse;
    let end = i + 1;
    while (end < blocks.length && end <= i + 80 && (item(end) || (underProse && ratedItem(blocks[end])))) end++;
    for (let j = i + 1; j < end; j++) {
      if (ratedItem(blocks[j])) Object.assign(blocks[j], { cls: 'short', why: 'an item of a list the article introduced, with its rating or count' });
      if (blocks[j].cls === 'short') blocks[j].weight = 0.5;
    }
  }
}

/** Rows opening on one bullet that make a list under a short label; rows of one punctuated shape need more. */
const BULLETED_ROWS = 3;
const SHAPED_ROWS = 4;
/** A row's bullet: a dash, a dot, an arrow or a tick, then a space ("– Astralreisen", "• Flour"). */
const BULLET = /^([-–—•·▪●◦►▶✓✔*])\s/u;
/** A row's shape: a name, marks between, a value ("w:w", "w–w"); one ending on a mark ("w,", "w.↩︎") is none. */
const NAME_MARK_VALUE = /^w[^w]+w$/;

/**
 * Whether the rows right under the label at i are one list written out: BULLETED_ROWS items or more
 * opening on the same bullet, or SHAPED_ROWS or more of one shape, a name, a mark and a value
 * ("Verbrauch: 1", "Fahrleistung: 1"). A menu's or a box's links are words alone, each worded freely.
 */
function overRowsOfOneShape(lines: string[], i: number, item: (j: number) => boolean): boolean {
  const key = (j: number) => {
    if (j >= lines.length || !item(j)) return '';
    const line = lines[j].trim();
    const bullet = BULLET.exec(line);
    if (bullet) return `bullet ${bullet[1]}`;
    // A name, one mark, a value ("Verbrauch: 1"): a tag ending on its comma ("courts and crime,") or a
    // footnote closing on its marks ("…, 2025. ↩︎") is none, and the site's accounts ("Facebook: Harbor") are its links.
    const shape = line.replace(/[\p{L}\p{N}_][\p{L}\p{N}_'’.-]*/gu, 'w').replace(/\s+/g, '').replace(/w+/g, 'w');
    return NAME_MARK_VALUE.test(shape) && !isASiteLinkLabel(line.split(/[^\p{L}\p{N}\s_'’.-]/u)[0]) ? shape : '';
  };
  const first = key(i + 1);
  if (!first) return false;
  let rows = 1;
  while (key(i + 1 + rows) === first) rows++;
  return rows >= (first.startsWith('bullet') ? BULLETED_ROWS : SHAPED_ROWS);
}

/**
 * "Data Cleaning with Julia ★★★★★(17)": an item named in words, with the count of its ratings or
 * reviews; in a list the article introduced ("Here are the certificates it offers:"), an item all
 * the same. A count alone ("(185)", "13 hours ago") is no item.
 */
function ratedItem(b: ClassedBlock): boolean {
  return b.cls === 'bad' && b.features.counter && !b.features.age && b.features.words >= RATED_ITEM_WORDS && b.why === COUNTER_WHY;
}
const RATED_ITEM_WORDS = 2;
