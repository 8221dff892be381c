/**
 * A heading of other stories that the site's chrome rules know ("Pour approfondir", "Articles
 * similaires", "Das könnte Sie auch interessieren": lib/page-text/chrome/chrome-rules.ts's
 * related-links, in the languages other-stories-labels.ts lists) but block-features' box heading does
 * not: the line is furniture already, so the rules that ask after box headings never saw it, and the
 * teasers under it (a kicker, a headline, its section, a summary, again and again) weighed for the run,
 * which ran on over them to the page's foot. Asked only once a whole article stands above
 * (closing/teasers-under-a-box.ts): at a page's top such a heading heads the site's own picks, which
 * that rule does not judge.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** The chrome rule's id for a related-content heading. */
const RELATED_LINKS = 'related-links';

/** A line the chrome rules class as the heading of a box of other stories. */
export function isRelatedContentHeading(b: ClassedBlock): boolean {
  return b.cls === 'bad' && b.features.chrome?.id === RELATED_LINKS;
}
