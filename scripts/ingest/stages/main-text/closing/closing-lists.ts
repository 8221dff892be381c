/**
 * Lists that close an article: a guide or a how-to that writes in lists ends on them too
 * ("Warning signs to watch for" over five items, "Before you sign" over three more). Each item is a
 * short line without a full stop, so it weighs against the run (main-text.ts), which ends on the last
 * paragraph above them and leaves the closing lists out. Used by detectMainText after the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** Items a list holds at least, inside the run (the article writes lists) and after it. */
const LIST_ITEMS = 3;
/** Words of an item: more than a menu's label or a button ("Share this post"), less than a paragraph. */
const ITEM_WORDS = { min: 4, max: 20 };
/** Words of a sub-heading between two lists. */
const SUB_HEADING_WORDS = 8;
/** An item is written in sentence case: fewer than half its words capitalised (menus and headlines use Title Case). */
const SENTENCE_CASE = 0.5;
/** How far past the run's last line the closing lists may reach. */
const REACH = 60;
/** Opens on a capital letter: sentence case, in a script that has case (a caseless script shows no case to read). */
const OPENS_ON_A_CAPITAL = /^\P{L}*\p{Lu}/u;

/**
 * "A price given over the phone without a visit": a short line in sentence case, no sentence end and
 * no colon at its end, not shaped as a headline, not furniture.
 */
function isListItem(line: string, b: ClassedBlock): boolean {
  const f = b.features;
  return (
    (b.cls === 'short' || b.cls === 'near') &&
    !b.headlineLike &&
    !f.sentenceEnd &&
    !f.introducesList &&
    f.words >= ITEM_WORDS.min &&
    f.words <= ITEM_WORDS.max &&
    f.capitalShare < SENTENCE_CASE &&
    OPENS_ON_A_CAPITAL.test(line.trim())
  );
}

/** A sub-heading over the next list: a few words, no sentence end, not furniture. */
function isSubHeading(b: ClassedBlock): boolean {
  return b.cls === 'short' && !b.features.sentenceEnd && b.features.words >= 1 && b.features.words <= SUB_HEADING_WORDS;
}

/** The article (lines start..end) holds a list of its own: that many items in a row. */
function writesLists(lines: string[], blocks: ClassedBlock[], start: number, end: number): boolean {
  let inARow = 0;
  for (let i = start; i <= end; i++) {
    inARow = isListItem(lines[i], blocks[i]) ? inARow + 1 : 0;
    if (inARow >= LIST_ITEMS) return true;
  }
  return false;
}

/**
 * Under the run's last line: lists of items in sentence case, each under a sub-heading ("Warning
 * signs to watch for"), with nothing else between them: no paragraph, no furniture (a call to action,
 * a box of other stories' heading, a comment wall), up to the first line that is neither. Each list
 * holds a few items (a button and a blurb, one after the other, are no list); the first may hold
 * fewer when it goes on with a list the run ends in. When the article itself wrote such a list (so
 * its lists are no menu or box of other stories' headlines in sentence case), the article ends on
 * the last item of the last whole list. Returns the article's last line.
 */
export function closingListsAfterTheRun(lines: string[], blocks: ClassedBlock[], walls: boolean[], start: number, end: number): number {
  const item = (i: number) => i < blocks.length && i <= end + REACH && !walls[i] && isListItem(lines[i], blocks[i]);
  const endsInAList = item(end) || (end > start && item(end - 1));
  let last = end;
  let i = end + 1;
  for (let first = true; i < blocks.length; first = false) {
    const headed = !walls[i] && isSubHeading(blocks[i]) && !item(i);
    let k = headed ? i + 1 : i;
    while (item(k)) k++;
    const items = k - (headed ? i + 1 : i);
    if (!(items >= LIST_ITEMS || (first && !headed && items > 0 && endsInAList))) break;
    last = k - 1;
    i = k;
  }
  return last > end && writesLists(lines, blocks, start, end) ? last : end;
}
