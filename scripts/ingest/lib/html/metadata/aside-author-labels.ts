/**
 * The author's label a side column shows and the texts after it ("Author" / "Anna Berg", "Author(s)" /
 * "Anna Berg" / "Li Wei"): the prune pass (lib/html/prune/html-prune.ts) drops every <aside> with its
 * content, so the article's author a page files beside its date in a side column ("Published" / the
 * date / "Author" / the name) would reach no reader of the HTML path, while the innerText shows it and
 * the text path reads it (lib/bylines/labelled-byline.ts). Only the author noun labels there
 * (AUTHOR_NOUN_ALONE): a bare "By" in a side column heads a teaser's byline. The html stage reads the
 * kept texts only when the page's fields and its article name nobody.
 *
 * The prune pass reports each text of an aside it drops, the end of each text run, and the aside's end.
 */
import { AUTHOR_NOUN_ALONE } from '../../bylines/byline-labels.ts';

/** Labels kept on a page: a side column shows its author once; a hostile page's thousands are not all read. */
const MAX_LABELS = 4;
/** Texts kept after a label: a name, or a list of a paper's names one per element, and what follows. */
const TEXTS_AFTER_LABEL = 6;
/** A label's text is short; a longer text is not compared. */
const MAX_LABEL_CHARS = 40;
/** A longer text after the label is no name: kept cut, as the reader after only needs to see it is none. */
const MAX_TEXT_CHARS = 200;

export class AsideAuthorLabels {
  /** Each label found, then the texts after it in the same aside: the lines the byline reader is given. */
  readonly found: string[][] = [];
  #run: string[] = [];
  #open: string[] | null = null;

  /** Text of a dropped aside a reader would see. */
  text(text: string): void {
    this.#run.push(text);
  }

  /** A text run ends (a tag opens or closes). */
  endRun(): void {
    if (this.#run.length === 0) return;
    const line = this.#run.join('').replace(/\s+/g, ' ').trim();
    this.#run.length = 0;
    if (!line) return;
    if (this.#open) {
      this.#open.push(line.slice(0, MAX_TEXT_CHARS));
      if (this.#open.length > TEXTS_AFTER_LABEL) this.#open = null;
    }
    if (line.length <= MAX_LABEL_CHARS && this.found.length < MAX_LABELS && AUTHOR_NOUN_ALONE.test(line)) {
      this.#open = [line];
      this.found.push(this.#open);
    }
  }

  /** The aside ends: what follows it is another part of the page. */
  close(): void {
    this.#run.length = 0;
    this.#open = null;
  }
}
