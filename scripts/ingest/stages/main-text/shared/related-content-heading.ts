/**
 * A heading of other stories that the site's chrome rules know ("Pour approfondir", "Articles
 * similaires", "Das könnte Sie auch interessieren": lib/page-text/chrome/chrome-rules.ts's
 * related-links, in the languages other-stories-labels.ts lists) but block-features' box heading does
 * not: the line is furniture already, so the rules that ask after box headings never saw it, and the
 * teasers under it (a kicker, a headline, its section, a summary, again and again) weighed for the run,
 * which ran on over them to the page's foot. Asked only once a whole article stands above
 * (closing/teasers-under-a-box.ts): at a page's top such a heading heads the site's own picks, which
 * that rule does not judge. And only over teasers: two summaries or more under it, each alone among
 * short lines (a kicker, a headline, a section), before any two paragraphs in a row. A box of a few
 * headlines set inside the article ("Ähnliche Nachrichten" / a headline / "Mehr ähnliche Nachrichten")
 * has one paragraph under it at most before the article goes on (a paragraph, its sub-heading, two
 * paragraphs in a row): no teasers.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isProse } from './prose.ts';

/** The chrome rule's id for a related-content heading. */
const RELATED_LINKS = 'related-links';

/** A line the chrome rules class as the heading of a box of other stories. */
export function isRelatedContentHeading(b: ClassedBlock): boolean {
  return b.cls === 'bad' && b.features.chrome?.id === RELATED_LINKS;
}

/** Summaries under the heading that make its box one of teasers. */
const TEASER_SUMMARIES = 2;
/** How far under the heading its teasers are looked for. */
const TEASERS_REACH = 40;

/**
 * Such a heading over teasers: TEASER_SUMMARIES paragraphs or more under it, each with no paragraph
 * right under it, before two paragraphs in a row (the article going on) or TEASERS_REACH lines.
 */
export function headsTeasers(blocks: readonly ClassedBlock[], i: number): boolean {
  if (!isRelatedContentHeading(blocks[i])) return false;
  let summaries = 0;
  for (let k = i + 1; k < blocks.length && k <= i + TEASERS_REACH; k++) {
    if (!isProse(blocks[k])) continue;
    if (isProse(blocks[k + 1])) return false;
    if (++summaries >= TEASER_SUMMARIES) return true;
  }
  return false;
}
