/**
 * The site's note on its affiliate links among the run's first lines, above the article's first
 * paragraph: left out and reported, and the article starts under it. Used by ../../main-text.ts
 * once the article's start is known.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { AFFILIATE_DISCLOSURE, DISCLOSURE_WORDS, DISCLOSURE_FOLLOW_UP } from '../../../lib/page-text/boxes/affiliate-disclosure.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';

/** How many lines at the top of the run may hold the site's note on its affiliate links. */
const DISCLOSURE_REACH = 4;
const DISCLOSURE = 'a note on the site\'s affiliate links at the top of the article';
export const DISCLOSURE_OVER_THE_HEADLINE = 'a note on the site\'s affiliate links over its headline';

/**
 * The site's note on its affiliate links as a review or shopping page prints it over the headline, in
 * the strip under the menu ("When you purchase through links on our site, we may earn an affiliate
 * commission."): a line of prose no rule above the article reads as the page's, so the header kept it.
 * Asked of the lines over the chosen headline only: the same words under it may be the article's.
 */
export function isDisclosureNote(line: string, block: ClassedBlock): boolean {
  return block.cls !== 'bad' && block.features.words <= DISCLOSURE_WORDS && AFFILIATE_DISCLOSURE.test(line);
}

/**
 * The site's note on its affiliate links (lib/page-text/boxes/affiliate-disclosure.ts) among the run's first
 * lines, above the article's first paragraph, with a short line going on from it ("See our disclosure
 * policy."): marked, so the report says why, and the article starts under it. A paragraph that is no
 * such note stops the walk: the same words lower in the article are its own.
 */
export function belowTheOpeningDisclosures(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  let below = start;
  for (let i = start; i <= end && i < start + DISCLOSURE_REACH; i++) {
    const b = blocks[i];
    if (b.cls === 'bad') continue;
    const note = AFFILIATE_DISCLOSURE.test(lines[i]) && b.features.words <= DISCLOSURE_WORDS;
    const followUp = below > start && i === below && b.cls !== 'good' && DISCLOSURE_FOLLOW_UP.test(lines[i]);
    if (!note && !followUp) {
      if (b.cls === 'good') break;
      continue;
    }
    leaveOut(b, DISCLOSURE, runEndingWeight(b));
    below = i + 1;
  }
  return below <= end ? below : start;
}
