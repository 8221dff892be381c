/**
 * A pull quote: a sentence of the article set large between its paragraphs, often with the speaker's
 * "Name, trade" under it. Short, no full stop, a name under it like a byline: to the headline chooser
 * it looks like a headline over its byline, and the paragraphs above it were left out as "above its
 * headline". What tells it whatever its words: the page prints the same words again in a paragraph
 * under it. Used by detectMainText before the article's start is moved under a headline found
 * inside the run.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** Words a line must have for its repeat inside a paragraph to be a quotation, not a common phrase. */
const QUOTE_WORDS = 8;

/** Letters and digits only, in lower case, one space between words: quotes, dashes and punctuation aside. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Line `at` is repeated word for word inside a paragraph below it, up to the run's end. */
export function quotesAParagraphBelow(lines: string[], blocks: ClassedBlock[], at: number, end: number): boolean {
  if (blocks[at].features.words < QUOTE_WORDS) return false;
  const quote = words(lines[at]);
  for (let i = at + 1; i <= end; i++) if (blocks[i].cls === 'good' && words(lines[i]).includes(quote)) return true;
  return false;
}
