/**
 * A blog's filing note under its post ("This entry was posted in … and tagged …. Bookmark the
 * permalink.", chrome/entry-footer.ts) says the post is over. The note weighs as the chrome that ends
 * articles does, yet the prose under it (the author's note, a plea for comments, the blog's blurb)
 * may outweigh it and draw the run on: the article ends above the first such note that has a
 * paragraph of the run above it, and each line from the note on is reported. A note above every
 * paragraph (a header that reads so) ends nothing.
 */
import type { ClassedBlock } from '../../main-text.ts';

export const UNDER_THE_FILING_NOTE = "under the blog post's filing note (\"This entry was posted in … Bookmark the permalink.\"): the post is over";

/** The run's last line: the line above its first filing note under a paragraph, else `end`. */
export function aboveTheFilingNote(blocks: ClassedBlock[], start: number, end: number): number {
  let paragraph = false;
  for (let i = start; i <= end; i++) {
    if (blocks[i].cls === 'good') paragraph = true;
    else if (paragraph && blocks[i].features.chrome?.id === 'entry-footer') {
      for (let k = i; k <= end; k++) mark(blocks[k]);
      return i - 1;
    }
  }
  return end;
}

function mark(b: ClassedBlock): void {
  if (b.cls === 'bad') return;
  Object.assign(b, { cls: 'bad', why: UNDER_THE_FILING_NOTE, headlineLike: false, weight: -(10 + Math.min(b.features.words, 40)) });
}
