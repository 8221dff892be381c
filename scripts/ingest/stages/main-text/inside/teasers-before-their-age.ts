/**
 * Summaries followed by their age ("32M ago", "2 hours ago"): other stories' teasers, which weigh
 * against the run; not the post's own stamp shown again at its foot. Used by ../../main-text.ts
 * before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';

/**
 * A summary followed by its age ("32M ago", "2 hours ago") is a teaser for another story, not a
 * paragraph of this one. Unless the line with the age is the post's own stamp shown again at its
 * foot ("Written by Ann Lee · Mar 3, 2021 · 4 min read" over the first paragraph and under the last):
 * its first copy stands over the page's first paragraph (stampOverTheArticle).
 */
export function teasersBeforeTheirAge(blocks: ClassedBlock[], keys: string[]): void {
  const ownStamp = stampOverTheArticle(blocks, keys);
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i];
    if ((b.cls === 'good' || b.cls === 'near') && blocks[i + 1].features.age && keys[i + 1] !== ownStamp) b.weight = -(2 + b.features.words * 0.3);
  }
}

/** How far over the page's first paragraph the post's stamp may stand (a picture's caption, a share row between). */
const STAMP_OVER_ARTICLE_REACH = 3;

/**
 * The key of a line with an age ("4 min read") right over the page's first paragraph, shown again
 * below it: the post's stamp, which a blog repeats under its last paragraph. Null when there is none.
 */
function stampOverTheArticle(blocks: ClassedBlock[], keys: string[]): string | null {
  const first = blocks.findIndex((b) => b.cls === 'good');
  for (let k = first - 1; k >= 0 && k >= first - STAMP_OVER_ARTICLE_REACH; k--) {
    if (blocks[k].features.age && keys.indexOf(keys[k], first) !== -1) return keys[k];
  }
  return null;
}
