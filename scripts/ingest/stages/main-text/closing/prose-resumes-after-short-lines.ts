/**
 * The article's prose going on under a stretch of short lines the run would not cross: a shopping
 * guide's products and prices, pictures' labels and credits between its sections ("Rabanne",
 * "WWD/GETTY IMAGES", "Bardot Verona Sequined Dress", "$179"). Each such line weighs a little
 * against the run, and a long stretch of them outweighs the paragraph under it, so the maximum-sum
 * run stopped above it. When no line of the stretch is named furniture (every line `short`: no
 * chrome, no box heading, no comment wall) and the next line is a long paragraph of sentences, and
 * so again under the next stretch, the article goes on there: the end moves to the last such
 * paragraph, and the closing rules judge the foot under the new end as before. The short lines of
 * the stretches come into the run, where the rules inside it judge them (a picture's credit, a price).
 * Nothing is removed here, so nothing is reported.
 * Used by ../../main-text.ts right after the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** How many short lines may stand between two of the article's paragraphs. */
const MAX_STRETCH = 40;
/** The paragraph under the stretch is the article's own prose: long, sentences. */
const PARAGRAPH_WORDS = 40;
/** The run above must be an article already: this many paragraphs of prose. */
const RUN_PARAGRAPHS = 3;
/**
 * The article goes on under this many stretches, each closed by such a paragraph: one paragraph
 * alone under a stretch is as often a box's last word (an editor's note under a box of teasers, each
 * "READ THE STORY") as the article's (aed dev: with one, a page up and a page down; with two, the
 * page up alone).
 */
const RESUMED_PARAGRAPHS = 2;

/** The article's last line, moved down past each stretch of short lines that the article's prose resumes under. */
export function proseResumesAfterShortLines(blocks: ClassedBlock[], walls: boolean[], start: number, end: number): number {
  let paragraphs = 0;
  for (let i = start; i <= end; i++) if (blocks[i].cls === 'good') paragraphs++;
  if (paragraphs < RUN_PARAGRAPHS) return end;
  let last = end;
  let resumed = 0;
  for (;;) {
    let i = last + 1;
    while (i < blocks.length && i - last <= MAX_STRETCH && !walls[i] && blocks[i].cls === 'short') i++;
    if (i === last + 1 || i >= blocks.length || walls[i] || i - last > MAX_STRETCH) break;
    const b = blocks[i];
    if (b.cls !== 'good' || b.weight <= 0 || b.features.words < PARAGRAPH_WORDS || !b.features.sentenceEnd) break;
    last = i;
    resumed++;
  }
  return resumed >= RESUMED_PARAGRAPHS ? last : end;
}
