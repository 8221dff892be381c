/**
 * The article's own table of contents: a guide lists its sections' headings at the top, one a line,
 * and heads each section with the same words below. When the article keeps its contents, both
 * copies of each heading are the article's; dedupe otherwise keeps one copy of a line of five words
 * or more shown twice (a teaser's headline over and under the article, a blurb).
 *
 * What tells the contents: three headings or more listed together (line after line), each shown
 * exactly twice on the page, the second copies below the list in the same order and apart from each
 * other (each section has lines of its own). A heading is a line with no sentence end.
 */
import { countWords, endsLikeSentence } from '../language/text.ts';

/** Headings listed together that make a table of contents. */
const CONTENTS_ENTRIES = 3;
/** A heading's words at most: a title, not a paragraph without its full stop. */
const HEADING_WORDS = 20;

/**
 * The keys of the headings listed in the article's contents and repeated over its sections. `keys`
 * are the paragraphs' keys in order ('' for none), `copies` how many times the page shows each.
 */
export function contentsHeadings(texts: string[], keys: string[], copies: Map<string, number>): Set<string> {
  const heading = (i: number) => !!keys[i] && copies.get(keys[i]) === 2 && !endsLikeSentence(texts[i]) && countWords(texts[i], HEADING_WORDS + 1) <= HEADING_WORDS;
  // Where each key's second copy stands.
  const second = new Map<string, number>();
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (!key) return;
    if (seen.has(key)) second.set(key, i);
    else seen.add(key);
  });
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    // A run of first copies of headings, line after line.
    let j = i;
    while (j < keys.length && heading(j) && second.get(keys[j])! > j) j++;
    if (j - i >= CONTENTS_ENTRIES) {
      // Second copies below the list, in the list's order, none right under the one before.
      let at = j - 1;
      let ordered = true;
      for (let k = i; k < j && ordered; k++) {
        const s = second.get(keys[k])!;
        ordered = s > at + (k === i ? 0 : 1);
        at = s;
      }
      if (ordered) for (let k = i; k < j; k++) found.add(keys[k]);
    }
    i = Math.max(i, j - 1);
  }
  return found;
}
