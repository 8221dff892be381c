/**
 * The text of the elements a saved page names for its date or its post's details ("post-date",
 * "entry-meta", "articleHeader__metaInfo"), read by the prune pass (lib/html/prune/html-prune.ts) after the
 * headline. A box's text is one line when it is short (a date line: "By Ann Lee · Dec 20, 2025");
 * a box too long to be one (an author's tooltip with a biography beside the date) gives the lines of
 * the date boxes inside it instead ("2/24/2026" in its "articleHeader__date"), in page order; with
 * none inside, its own first short texts with a digit ("Posted on April 13, 2023" before a row of
 * tags). A short box is read whole, never its parts: "Updated on <span class="date">July 9, 2025</span>"
 * stays one line.
 */

/** How many date boxes may be open inside one another. */
const MAX_NESTED = 4;
/** A long box's own texts read when no box inside gives a line: a date line is among its first. */
const OWN_RUNS = 2;

interface Box {
  /** The depth of the box's element, to know its end. */
  at: number;
  text: string[];
  /** The lines of the boxes inside it, used when its own text is no date line. */
  inner: string[];
  /** Its own texts between two tags that hold a digit and are short enough to be a date line (OWN_RUNS at most), and the one being read. */
  runs: string[];
  run: string[];
}

export class DateBoxes {
  #boxes: Box[] = [];
  #maxLength: number;
  #maxLines: number;

  /** `maxLength`: the longest date line; `maxLines`: the most lines one box gives (a hostile page may hold thousands of boxes). */
  constructor(maxLength: number, maxLines: number) {
    this.#maxLength = maxLength;
    this.#maxLines = maxLines;
  }

  get open(): boolean {
    return this.#boxes.length > 0;
  }

  /** An element opens at `depth`; `isBox`: it is named for a date. Elements inside a box part its words. */
  opened(depth: number, isBox: boolean): void {
    for (const box of this.#boxes) this.#endRun(box).text.push(' ');
    if (isBox && this.#boxes.length < MAX_NESTED) this.#boxes.push({ at: depth, text: [], inner: [], runs: [], run: [] });
  }

  text(text: string): void {
    for (const box of this.#boxes) {
      box.text.push(text);
      if (box.runs.length < OWN_RUNS) box.run.push(text);
    }
  }

  /** A tag ends the text run being read in `box`. */
  #endRun(box: Box): Box {
    if (box.run.length === 0) return box;
    const line = box.run.join('').replace(/\s+/g, ' ').trim();
    box.run.length = 0;
    if (line.length <= this.#maxLength && /\d/.test(line)) box.runs.push(line);
    return box;
  }

  /** An element at `depth` closes: the lines of the outermost box it ends, if it ends one (else none). */
  closed(depth: number): string[] {
    const box = this.#boxes[this.#boxes.length - 1];
    if (!box || box.at !== depth) {
      for (const b of this.#boxes) this.#endRun(b).text.push(' ');
      return [];
    }
    this.#boxes.pop();
    this.#endRun(box);
    const line = box.text.join('').replace(/\s+/g, ' ').trim();
    const lines = line.length <= this.#maxLength && /\d/.test(line) ? [line] : box.inner.length ? box.inner : box.runs;
    const parent = this.#boxes[this.#boxes.length - 1];
    if (!parent) return lines;
    for (const l of lines) if (parent.inner.length < this.#maxLines) parent.inner.push(l);
    for (const b of this.#boxes) this.#endRun(b).text.push(' ');
    return [];
  }
}
