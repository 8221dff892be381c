/**
 * What the main-text rules call prose, shared by the stage's core (../../main-text.ts) and its rules:
 * a paragraph or a shorter sentence (jusText's good and near-good classes), the article's opening,
 * lines of shorter prose in a row (a text, which no box of other stories is: its summaries come one
 * at a time, between their headlines), a sentence that may open the paragraph under it.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** A paragraph or a line of shorter prose (jusText's good and near-good), whatever its end: what a closing rule weighs as the article's prose above and under a box. */
export function isGoodOrNear(b: ClassedBlock): boolean {
  return b.cls === 'good' || b.cls === 'near';
}

/** The article's opening: a paragraph or a line of shorter prose. */
export const isOpeningProse = isGoodOrNear;

/** A paragraph or a shorter sentence of prose (jusText's good and near-good). */
export function isProse(b: ClassedBlock | undefined): boolean {
  return !!b && (b.cls === 'good' || (b.cls === 'near' && b.features.sentenceEnd));
}

/** How many lines of shorter prose in a row make a text, not a box's headlines and summaries. */
const PROSE_LINES_IN_A_ROW = 3;

/**
 * Lines of shorter prose (near-good, not headline-like) one after another from line j: a text
 * written in short lines or without full stops, which no box of other stories is (its summaries
 * come one at a time, between their headlines).
 */
export function linesOfProseFrom(blocks: ClassedBlock[], j: number): boolean {
  for (let k = j; k < j + PROSE_LINES_IN_A_ROW; k++) if (k >= blocks.length || blocks[k].cls !== 'near' || blocks[k].headlineLike) return false;
  return true;
}

/**
 * Lines of prose in a row that end their sentences: under a box heading over other stories'
 * headlines of fifteen words and more, which read as near-prose too but end on no full stop ("1. Un
 * juez investiga a una maestra … de Infantil"), the article goes on in sentences.
 */
export function sentencesOfProseFrom(blocks: ClassedBlock[], j: number): boolean {
  for (let k = j; k < j + PROSE_LINES_IN_A_ROW; k++) if (k >= blocks.length || blocks[k].cls !== 'near' || blocks[k].headlineLike || !blocks[k].features.sentenceEnd) return false;
  return true;
}

/** A sentence of prose (near-good), not a headline: it may open the paragraph under it. */
export function leadsIntoProse(b: ClassedBlock): boolean {
  return b.cls === 'near' && b.features.sentenceEnd && !b.headlineLike;
}
