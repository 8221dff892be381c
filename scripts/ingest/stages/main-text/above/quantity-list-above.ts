/**
 * "For the dough:" / "125 g flour" / "65 g sugar" / "1 egg" / … / a few lines of times and figures /
 * the first paragraph. A recipe or a product's page opens on a list of quantities (its ingredients,
 * its specs) above the prose: each item is a short line that weighs as a menu's link does, so the run
 * started under the list and the items went as the page's header. What tells them from a menu or a
 * row of teasers is their form: line after line opens on a number (an amount) and goes on in words,
 * as menu entries ("News", "Sport") and other stories' headlines do not, and the count a site shows
 * ("953 comments") stands alone, never several in a row. Used by detectMainText once the run's first
 * line is known (before the headline is chosen above it).
 */
import type { ClassedBlock } from '../../main-text.ts';

/** Items in a row at least: three amounts in a row can be a story's figures, four are a list's. */
const MIN_ITEMS = 4;
/** Words an item holds at most: an amount and what it measures, not a sentence. */
const ITEM_WORDS = 12;
/** Lines between the list's last item and the run at most (times, figures, a "Method" label). */
const GAP_LINES = 24;
/**
 * An amount, a space and a word: "125 g flour", "2 cans of peaches", "1/2 tsp salt". Not a year
 * ("2020 Jane Doe": a column of past winners, an archive's menu), not an ordinal ("3rd grade").
 */
const AMOUNT = /^(\d{1,3})(?:[.,/]\d{1,3})?\s\p{L}/u;
/** Items in a row whose amounts count up or down by one ("1 guest", "2 guests", "3 guests"; "12 months out", "11 months out") are a form's choices or a guide's contents, not a list of amounts. */
const COUNTING = 3;
/** Words a group's heading ("For the filling:") holds at most. */
const HEADING_WORDS = 6;

function isItem(line: string, b: ClassedBlock): boolean {
  const f = b.features;
  return AMOUNT.test(line.trim()) && f.words <= ITEM_WORDS && !f.dateLine && !f.byline && !f.markup && b.cls !== 'good';
}

/** A group's heading inside the list: a short line that ends on a colon. */
function isGroupHeading(line: string, b: ClassedBlock): boolean {
  return b.cls === 'short' && b.features.words <= HEADING_WORDS && line.trim().endsWith(':');
}

const blank = (line: string) => line.trim() === '';

/**
 * The run's new first line: the top of a list of amounts (its first group's heading, when it has
 * one) whose last item stands at most GAP_LINES above the run's first paragraph, with no paragraph
 * of prose and no comment wall between; or `start` when there is none.
 */
export function quantityListAboveTheRun(lines: string[], blocks: ClassedBlock[], walls: boolean[], start: number): number {
  if (start <= 0) return start;
  for (let i = start - 1; i >= 0 && start - i <= GAP_LINES; i--) {
    if (walls[i] || blocks[i].cls === 'good') return start;
    if (!isItem(lines[i], blocks[i])) continue;
    const top = topOfTheList(lines, blocks, walls, i);
    if (top !== -1) return top;
  }
  return start;
}

/** The top of the list whose last item is `last` (its first group's heading, when it has one), or -1 when it holds too few items. */
function topOfTheList(lines: string[], blocks: ClassedBlock[], walls: boolean[], last: number): number {
  let top = last;
  let items = 0;
  for (let i = last; i >= 0 && !walls[i]; i--) {
    if (isItem(lines[i], blocks[i])) {
      items++;
      top = i;
    } else if (!blank(lines[i]) && !isGroupHeading(lines[i], blocks[i])) break;
  }
  if (items < MIN_ITEMS || countsByOne(lines, blocks, top, last)) return -1;
  let k = top - 1;
  while (k >= 0 && blank(lines[k])) k--;
  return k >= 0 && !walls[k] && isGroupHeading(lines[k], blocks[k]) ? k : top;
}

/** COUNTING items in a row whose amounts go up or down by one: a form's choices ("1 night", "2 nights", …), a guide's contents ("12 months out", "11 months out", …). */
function countsByOne(lines: string[], blocks: ClassedBlock[], top: number, last: number): boolean {
  let previous = -1;
  let step = 0;
  let run = 1;
  for (let i = top; i <= last; i++) {
    if (!isItem(lines[i], blocks[i])) continue;
    const n = Number(AMOUNT.exec(lines[i].trim())![1]);
    const d = n - previous;
    run = previous !== -1 && Math.abs(d) === 1 && (run === 1 || d === step) ? run + 1 : 1;
    step = d;
    if (run >= COUNTING) return true;
    previous = n;
  }
  return false;
}
