/**
 * The names a page's <title> sets before the headline: "Site | Section | Headline", "Site – Column –
 * Headline" (older and some newsroom systems write the title so, breadcrumb first). Each part is a
 * name, a few words long; the headline follows the last separator. Read only against a headline
 * another field states (lib/html/headline/html-headline.ts): that the title ends with it is the
 * evidence that what comes before is no part of it.
 */
import { wordsOf } from '../metadata/page-field-text.ts';
import { GLUED_BAR, SPACED_MARK } from './title-separators.ts';

/** A separator between two parts of a title: spaced ("Site - Section"), or a bar also unspaced. */
const PART_END = new RegExp(`\\s+${SPACED_MARK}\\s+|\\s*${GLUED_BAR}\\s*`, 'gu');

/**
 * Whether `prefix` (what a title holds before the headline, separator and all) is one name or more, each
 * of 1 to `maxWords` words, each set off by a separator: "BBC News | Technology | ". A longer part is
 * as often a kicker or the headline's first half ("UK riots LIVE: Plymouth stand-off sees … - ").
 */
export function namesBeforeHeadline(prefix: string, maxWords: number): boolean {
  const parts = prefix.split(PART_END);
  if (parts.length < 2 || parts[parts.length - 1].trim() !== '') return false;
  return parts.slice(0, -1).every((part) => {
    const words = wordsOf(part).length;
    return words >= 1 && words <= maxWords;
  });
}
