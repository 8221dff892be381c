/**
 * A box heading ("Related stories", "Most read") still taken as one: the rules that find the
 * article's own lists and sections under such a heading turn it back into a short line, so every
 * rule that asks after boxes of other stories asks here.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** A box heading still taken as one (headingsOfTheArticlesLists may have read it as the article's). */
export function isBoxHeading(b: ClassedBlock): boolean {
  return b.features.boxHeading && b.cls === 'bad';
}
