/**
 * A sentence with a brand in camel case after a few capitalised words, read as another story's
 * headline run into its summary: beside the article's prose, or under a sub-heading of the article,
 * it is a paragraph of the article, classed again as one. Used by ../../main-text.ts as it classes
 * the lines.
 */
import type { ClassedBlock } from '../../main-text.ts';

/**
 * "The OSA TrustKeeper membership is the most important…", "Brightwell Sonora SoftGuard or
 * Denta-X…": a sentence with a brand written in camel case after a few capitalised words looks like
 * another story's headline run into its summary. Teasers come one after another, or between
 * headlines; a sentence beside the article's prose (the line above or under it a paragraph) is a
 * paragraph of the article, judged as one. Decided on the classes as first read, so one such
 * paragraph does not vouch for the next.
 */
export function brandsInsideProse(blocks: ClassedBlock[], asProse: (i: number) => ClassedBlock): void {
  const prose = (b: ClassedBlock | undefined) => !!b && (b.cls === 'good' || b.cls === 'near');
  const teaser = (b: ClassedBlock) => b.features.fusedTeaser && b.cls === 'bad';
  const paragraphs = blocks.flatMap((b, i) => (teaser(b) && b.features.sentenceEnd && (prose(blocks[i - 1]) || prose(blocks[i + 1]) || underASubheading(blocks, i, prose, teaser)) ? [i] : []));
  for (const i of paragraphs) blocks[i] = asProse(i);
}

/** How many short lines (a sub-heading, a "Source" link) may part such a paragraph from the article's prose. */
const SUBHEADING_LINES = 2;

/**
 * "4. The Harbor TideServer" / "Source" / "The Harbor TideServer keeps models in memory…" / "5. …" /
 * a paragraph: the article's prose a few short lines above and under it (its sub-headings, a link
 * between), and no other teaser among those lines. Teasers of other stories come one after another.
 */
function underASubheading(blocks: ClassedBlock[], i: number, prose: (b: ClassedBlock | undefined) => boolean, teaser: (b: ClassedBlock) => boolean): boolean {
  const reaches = (step: number) => {
    for (let k = i + step, n = 0; k >= 0 && k < blocks.length && n <= SUBHEADING_LINES; k += step, n++) {
      if (prose(blocks[k])) return blocks[k].cls === 'good';
      if ((blocks[k].cls !== 'short' && !insideArticlesChrome(blocks[k])) || teaser(blocks[k])) return false;
    }
    return false;
  };
  return reaches(-1) && reaches(1);
}

/** Chrome that sits inside articles ("Advertisement 2", "Article content"): passed over as a short line is. */
function insideArticlesChrome(b: ClassedBlock): boolean {
  return b.cls === 'bad' && !!b.features.chrome && !b.features.chrome.endsArticle;
}
