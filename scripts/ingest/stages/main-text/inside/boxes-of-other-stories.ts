/**
 * Headline-like lines under a box heading ("Trending News"), up to the next paragraph: other
 * stories, whose lines weigh against the run wherever the box stands. The sentences right above
 * that paragraph lead into the article; a ranking's next item or the page's "Story continues
 * below" ends the box. Used by ../../main-text.ts before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isBoxHeading } from '../shared/box-heading.ts';
import { opensTheNextNumberedItem } from './next-numbered-item.ts';
import { sentencesOfProseFrom, linesOfProseFrom, leadsIntoProse } from '../shared/prose.ts';

/**
 * Headline-like lines under a box heading ("Trending News"), up to the next paragraph: other stories.
 * The sentences right above that paragraph ("Good morning! Here is the news you need today.") are
 * not in the box: they lead into the article, as jusText's near-good blocks beside good ones do.
 */
export function boxesOfOtherStories(blocks: ClassedBlock[], cjk: boolean, numberOf: (i: number) => number): Set<number> {
  const boxed = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    if (!isBoxHeading(blocks[i])) continue;
    const nextItem = opensTheNextNumberedItem(blocks, numberOf, i);
    let j = i + 1;
    // A long headline right under the heading (near-prose with no sentence end): the box lists
    // headlines of that length, and only sentences in a row are the article going on.
    const longHeadlines = !cjk && blocks[j]?.cls === 'near' && !blocks[j].features.sentenceEnd;
    const proseFrom = (k: number) => (longHeadlines ? sentencesOfProseFrom(blocks, k) : linesOfProseFrom(blocks, k));
    while (j < blocks.length && j <= i + 30 && blocks[j].cls !== 'good' && !proseFrom(j) && !goesOnBelow(blocks[j]) && !nextItem(j)) j++;
    let last = j - 1;
    if (blocks[j]?.cls === 'good' || proseFrom(j)) while (last > i && leadsIntoProse(blocks[last])) last--;
    for (let k = i + 1; k <= last; k++) {
      if (blocks[k].cls === 'short' || blocks[k].cls === 'near') {
        boxed.add(k);
        blocks[k].weight = Math.min(blocks[k].weight, -3);
      }
    }
  }
  return boxed;
}

/** "Story continues below (advertisement)": the page says its article goes on under the line. */
export function goesOnBelow(b: ClassedBlock): boolean {
  return b.features.chrome?.id === 'continues-below';
}
