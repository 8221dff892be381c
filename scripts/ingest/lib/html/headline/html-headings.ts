/**
 * The headings a saved page shows before its <h1> (<h2>…<h6>), each with the date lines a reader
 * sees beside it: its kicker just above (lib/html/metadata/html-kicker.ts) and the first short texts after it. A
 * page whose headline is no <h1> (an <h2> set as the title; the <h1> absent, or a section's heading
 * inside the post) prints its date there; which heading shows the headline is known only once the
 * page's fields are read (lib/html/metadata/html-meta.ts), so the first few are all kept.
 *
 * The prune pass (lib/html/prune/html-prune.ts) reports every element's open and close, every text run and the
 * end of each run.
 */
import { BARE_LABEL } from '../../dates/date-labels.ts';
import { elementEdge, headingText } from './heading-text.ts';

export interface HeadingLines {
  /** The heading's text, its whitespace collapsed. */
  text: string;
  /** Its kicker lines, then the dated texts after it, in page order. */
  lines: string[];
}

const HEADING = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** Headings kept: a page's title heading comes before its body's; a hostile page's thousands are not all copied. */
const MAX_HEADINGS = 8;
/** Longer than a headline: a heading used as a box for something else. */
const MAX_HEADING_TEXT = 300;

export class HeadingWatch {
  readonly found: HeadingLines[] = [];
  #maxLine: number;
  #maxLines: number;
  #textsAfter: number;
  /** The heading being read: its parts, and the depth inside it. */
  #reading: { heading: HeadingLines; parts: string[]; depth: number } | null = null;
  /** Headings whose texts after them are still read: how many more, and a bare label waiting for its date. */
  #after: { heading: HeadingLines; left: number; label: string }[] = [];
  #run: string[] = [];

  /** `maxLine`: the longest date line; `maxLines`: lines kept per heading; `textsAfter`: texts read after a heading. */
  constructor(maxLine: number, maxLines: number, textsAfter: number) {
    this.#maxLine = maxLine;
    this.#maxLines = maxLines;
    this.#textsAfter = textsAfter;
  }

  /** An element opens. `candidate`: it is shown, outside the site's brand, before the headline's <h1>; `kicker`: its kicker lines. */
  open(name: string, candidate: boolean, kicker: () => string[]): void {
    if (this.#reading) {
      this.#reading.depth++;
      // A line break or an element's edge inside the heading, read as the <h1>'s are (lib/html/headline/heading-text.ts).
      this.#reading.parts.push(elementEdge(name));
    } else if (candidate && HEADING.has(name) && this.found.length < MAX_HEADINGS) {
      this.#reading = { heading: { text: '', lines: kicker().slice(0, this.#maxLines) }, parts: [], depth: 1 };
    }
  }

  /** An element (`name`) closes: a heading read ends, and its texts after begin. */
  close(name: string): void {
    const reading = this.#reading;
    if (!reading) return;
    if (--reading.depth > 0) {
      reading.parts.push(elementEdge(name));
      return;
    }
    this.#reading = null;
    const text = headingText(reading.parts);
    if (!text || text.length > MAX_HEADING_TEXT) return;
    reading.heading.text = text;
    this.found.push(reading.heading);
    this.#after.push({ heading: reading.heading, left: this.#textsAfter, label: '' });
  }

  /** Text a reader sees. */
  text(text: string): void {
    if (this.#reading) this.#reading.parts.push(text);
    else if (this.#after.length > 0) this.#run.push(text);
  }

  /** A text run ends (a tag opens or closes): it is one text after each heading still read. */
  endRun(): void {
    if (this.#run.length === 0) return;
    const line = this.#run.join('').replace(/\s+/g, ' ').trim();
    this.#run.length = 0;
    if (!line) return;
    for (const after of this.#after) {
      after.left--;
      const read = textAfterHeading(line, after.label, this.#maxLine);
      after.label = read.label;
      if (read.dateLine && after.heading.lines.length < this.#maxLines) after.heading.lines.push(read.dateLine);
    }
    this.#after = this.#after.filter((a) => a.left > 0);
  }
}

/**
 * One text read after a heading (the headline's <h1> in the prune pass, a heading here): a date line
 * when it is short enough and holds a digit, joined to the label alone before it ("Updated on" in
 * its own element says what the date in the next one is); and the label it leaves for the next text.
 */
export function textAfterHeading(line: string, labelBefore: string, maxLine: number): { dateLine: string | null; label: string } {
  const label = BARE_LABEL.test(line) ? line : '';
  if (line.length > maxLine || !/\d/.test(line)) return { dateLine: null, label };
  return { dateLine: labelBefore ? `${labelBefore} ${line}` : line, label };
}
