/**
 * The article's own table of contents: a guide lists its sections' headings at the top, one a line,
 * and heads each section with the same words below. When the article keeps its contents, both
 * copies of each heading are the article's; dedupe otherwise keeps one copy of a line of five words
 * or more shown twice (a teaser's headline over and under the article, a blurb).
 *
 * What tells the contents: three headings or more listed together (line after line), each shown
 * exactly twice on the page, the second copies below the list in the same order and apart from each
 * other (each section has lines of its own). A heading is a line with no sentence end, or a question
 * ("How does the pump work?": a guide heads its sections with the questions it answers); an entry may
 * end with a full stop its section's heading lacks. An entry the contents word otherwise than the
 * heading below ("Step 3: How many sets?" over "Step 3: How Many Sets And Reps Should I Do?") is shown
 * once: one such line between two entries does not break the list, nor counts as one of its entries.
 */
import { countWords, endsLikeSentence } from '../language/text.ts';

/** Headings listed together that make a table of contents. */
const CONTENTS_ENTRIES = 3;
/** A question's mark at a line's end, before its closing quotes or brackets. */
const QUESTION_END = /[?？؟]["'”’)\]»]*\s*$/u;

/** No sentence's end, or a question's: a heading's. */
const headingEnd = (text: string) => !endsLikeSentence(text) || QUESTION_END.test(text);

/** A heading's words at most: a title, not a paragraph without its full stop. */
const HEADING_WORDS = 20;

/**
 * The keys of the headings listed in the article's contents and repeated over its sections. `keys`
 * are the paragraphs' keys in order ('' for none), `copies` how many times the page shows each.
 */
export function contentsHeadings(texts: string[], keys: string[], copies: Map<string, number>): Set<string> {
  const short = (i: number) => !!keys[i] && countWords(texts[i], HEADING_WORDS + 1) <= HEADING_WORDS;
  // Where each key's second copy stands.
  const second = new Map<string, number>();
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (!key) return;
    if (seen.has(key)) second.set(key, i);
    else seen.add(key);
  });
  // An entry: shown twice, its second copy below it a heading (the entry's own full stop aside).
  const entry = (i: number) => short(i) && copies.get(keys[i]) === 2 && second.get(keys[i])! > i && headingEnd(texts[second.get(keys[i])!]);
  // An entry worded otherwise than its heading: a short line shown once, a heading's end.
  const reworded = (i: number) => short(i) && copies.get(keys[i]) === 1 && headingEnd(texts[i]);
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    // A run of first copies of headings, line after line, one reworded entry at most between two.
    const run: number[] = [];
    let j = i;
    while (j < keys.length) {
      if (entry(j)) run.push(j++);
      else if (run.length && reworded(j) && entry(j + 1)) j++;
      else break;
    }
    if (run.length >= CONTENTS_ENTRIES) {
      // Second copies below the list, in the list's order, none right under the one before.
      let at = j - 1;
      let ordered = true;
      for (const [n, k] of run.entries()) {
        if (!ordered) break;
        const s = second.get(keys[k])!;
        ordered = s > at + (n === 0 ? 0 : 1);
        at = s;
      }
      if (ordered) for (const k of run) found.add(keys[k]);
    }
    i = Math.max(i, j - 1);
  }
  return found;
}
