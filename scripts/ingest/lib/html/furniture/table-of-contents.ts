/**
 * A table of contents: a run of list items, each a link to a place on the page itself ("#pricing"),
 * with the short heading above it ("Table of Contents", "In this article", "Jump to:"). It repeats the
 * article's sub-headings as a menu; the human-marked bodies of the metadata set leave it out. HTML body
 * F1, dev / held out: metadata .9613 → .9616 / .9574 → .9576 (17 pages up, 5 down), fundus unchanged;
 * the body set's Readability test pages, whose truth is Readability's output, keep theirs (dev .9802
 * → .9800, held out unchanged). A footnote's back-link ("↩") is a few characters of its item: no entry.
 */
import type { FurnitureFeatures } from '../../page-text/lines/block-features.ts';
import type { FurnitureBlock as Block } from './furniture-block.ts';

/** An entry is (almost) all link to a place on the page. */
const ENTRY_LOCAL_LINK_SHARE = 0.8;
/** Three entries make a table; two in-page links in a row can be the article's own cross-reference. */
const MIN_ENTRIES = 3;
/** "Table of Contents", "On this page", "Jump to section": a label, not a sentence. */
const HEADING_WORDS = 5;

export const TABLE_OF_CONTENTS = 'a table of contents (links to places on the page)';
export const TABLE_OF_CONTENTS_HEADING = "the heading of a table of contents";

const isEntry = (b: Block) => b.kind === 'item' && (b.localLinkShare ?? 0) >= ENTRY_LOCAL_LINK_SHARE;

/** Marks each run of entries as a table of contents, and the short label just above it as its heading. */
export function markTablesOfContents(blocks: Block[], features: readonly (FurnitureFeatures | null)[]): void {
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && isEntry(blocks[j])) j++;
    if (j - i >= MIN_ENTRIES) {
      for (let k = i; k < j; k++) blocks[k].furniture ??= TABLE_OF_CONTENTS;
      const above = features[i - 1];
      if (above && !blocks[i - 1].furniture && above.words <= HEADING_WORDS && !above.sentenceEnd) blocks[i - 1].furniture = TABLE_OF_CONTENTS_HEADING;
    }
    i = Math.max(j, i + 1);
  }
}
