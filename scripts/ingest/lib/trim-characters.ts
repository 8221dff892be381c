/**
 * A text without the characters one set names at its start and another at its end: what
 * `text.replace(/^[…]+|[…]+$/g, '')` gives, read in one pass from each end. The pattern's second half,
 * anchored at the end only, is tried from every character of a run of the set that stops short of the
 * end, and scans the run from each: quadratic on a line of many spaces (tests/ingest/regex-audit.test.ts).
 */

/** `text` with the leading characters `leading` accepts and the trailing ones `trailing` accepts taken off (each asked of one UTF-16 code unit). */
export function trimCharacters(text: string, leading: (ch: string) => boolean, trailing: (ch: string) => boolean): string {
  let start = 0;
  let end = text.length;
  while (start < end && leading(text[start])) start++;
  while (end > start && trailing(text[end - 1])) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** A test of one character against a class of characters (`[\s«‹<←]`), for trimCharacters. */
export const inClass = (pattern: RegExp) => (ch: string): boolean => pattern.test(ch);
