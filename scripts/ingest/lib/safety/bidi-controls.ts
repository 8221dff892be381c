/**
 * Explicit bidi controls that are not closed on their own line are dropped, with a report entry.
 *
 * An override (U+202D LRO, U+202E RLO), embedding (U+202A LRE, U+202B RLE) or isolate (U+2066 LRI,
 * U+2067 RLI, U+2068 FSI) left open reorders everything after it up to the end of the paragraph:
 * on a page, the site's own words next to an article's title or sentence ("Link to paragraph 3", the
 * outlet, the date) would read backwards or in another order. Closed pairs are how right-to-left
 * text is written correctly and stay; each line (a title, a paragraph) is balanced on its own, and
 * the site isolates article text as well (`dir="auto"`, `<bdi>`) for text cut into excerpts.
 */
import type { Report } from '../../report.ts';

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202C';
const POP_ISOLATE = '\u2069';
const ANY_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** One line with its unmatched controls removed, and which ones were (as U+XXXX). */
export function balanceLine(line: string): { text: string; dropped: string[] } {
  if (!ANY_CONTROL.test(line)) return { text: line, dropped: [] };
  const chars = [...line];
  const drop = new Set<number>();
  const open: number[] = []; // indexes of the openers not yet closed, innermost last
  chars.forEach((c, i) => {
    if (EMBEDDINGS.has(c) || ISOLATES.has(c)) open.push(i);
    else if (c === POP_EMBEDDING) {
      // Closes the innermost embedding, but never across an open isolate.
      if (open.length && EMBEDDINGS.has(chars[open[open.length - 1]])) open.pop();
      else drop.add(i);
    } else if (c === POP_ISOLATE) {
      const isolate = open.findLastIndex((at) => ISOLATES.has(chars[at]));
      if (isolate < 0) drop.add(i);
      // The innermost isolate closes; embeddings opened inside it and left open are dropped.
      else for (const at of open.splice(isolate).slice(1)) drop.add(at);
    }
  });
  for (const at of open) drop.add(at);
  return { text: chars.filter((_, i) => !drop.has(i)).join(''), dropped: [...drop].sort((a, b) => a - b).map((i) => codePoint(chars[i])) };
}

/** The decoded text, line by line, with unmatched bidi controls removed and reported (no `report`: a table cell, whose row's text reports them). */
export function dropUnmatchedBidiControls(text: string, report?: Report): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const { text: balanced, dropped } = balanceLine(line);
      if (dropped.length) report?.add('decode', 'bidi-control', 'removed', balanced, `${dropped.length} unmatched bidi control${dropped.length === 1 ? '' : 's'} (${dropped.join(', ')})`);
      return balanced;
    })
    .join('\n');
}
