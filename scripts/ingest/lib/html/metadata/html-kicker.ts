/**
 * The lines a saved page prints just above its headline, in the headline's own container: the
 * article's kicker row ("March 3, 2025 | Science", "Published · October 14, 2025"). A date above the
 * headline is as often the masthead's "today" ("Tuesday, 28 January 2025" by the logo and the menu);
 * the two are told apart by where the page puts them, as a reader sees it:
 *
 * - a kicker sits in the box that holds the headline: inside the <article> or <main> around the
 *   <h1>, or, on a page with neither, in the <h1>'s parent or grandparent;
 * - a masthead's date sits in the site's header, before its logo or its menu: a closed <header>
 *   (or role="banner"), a logo, or a menu, footer or side box between a line and the headline puts
 *   the line out of reach.
 *
 * The prune pass (lib/html/prune/html-prune.ts) reports every element's open and close and every text run
 * before the first headline; only the last few runs are kept.
 */
import { BARE_LABEL } from '../../dates/date-labels.ts';

/** Text runs before the headline kept: a kicker row is a date, a label, a section name or two. */
const RECENT_RUNS = 6;
/** Outside an <article> or <main>, how far above the <h1> the box both share may be (1: its parent). */
const MAX_LEVELS = 2;
const PAGE_ROOT = new Set(['html', 'body']);
/**
 * A run deeper than this is no kicker: a page's headline box is a few dozen elements deep at most,
 * and a hostile page nested thousands deep must not have its whole chain copied for every run.
 */
const MAX_DEPTH = 64;

interface Run {
  line: string;
  /** The serials of the elements open around the run, outermost first; null for a run with no digit (no date). */
  stack: number[] | null;
}

export class KickerWatch {
  /** Serials of the open elements, outermost first, and their tag names. */
  #stack: number[] = [];
  #tags: string[] = [];
  #main: boolean[] = [];
  /** Whether each open element is a site header (<header>, role="banner"): its close ends what came before. */
  #banner: boolean[] = [];
  #serial = 0;
  #recent: Run[] = [];

  /** An element opens; `barrier`: it is the site's logo or a landmark no article holds (a menu, a side box, a footer). */
  open(name: string, role: string | undefined, barrier: boolean): void {
    this.#stack.push(++this.#serial);
    this.#tags.push(name);
    this.#main.push(name === 'article' || name === 'main' || role === 'main');
    this.#banner.push(name === 'header' || role === 'banner');
    if (barrier) this.#recent.length = 0;
  }

  /** An element closes: a closed header (the site's, the headline being still to come) ends what came before it. */
  close(): void {
    this.#stack.pop();
    this.#tags.pop();
    this.#main.pop();
    if (this.#banner.pop()) this.#recent.length = 0;
  }

  /** A text run before the headline, its whitespace collapsed. */
  text(line: string, maxLength: number): void {
    if (!line) return;
    const dated = line.length <= maxLength && this.#stack.length <= MAX_DEPTH && /\d/.test(line);
    this.#recent.push({ line, stack: dated ? this.#stack.slice() : null });
    if (this.#recent.length > RECENT_RUNS) this.#recent.shift();
  }

  /**
   * The dated lines just above the <h1> that has just opened (its own open reported), in page order:
   * those in its container. A label alone on the run before a date ("Published", "Updated") is read
   * with it.
   */
  atHeadline(): string[] {
    const lines = this.above();
    this.#recent.length = 0;
    return lines;
  }

  /**
   * The dated lines just above the heading that has just opened, as atHeadline reads them, the runs
   * kept: a heading before the <h1> may be the headline (lib/html/headline/html-headings.ts) or not.
   */
  above(): string[] {
    const lines: string[] = [];
    // The <h1>'s ancestors are the open elements but the last (the <h1> itself).
    const parents = this.#stack.length - 1;
    const outerMain = this.#main.indexOf(true);
    this.#recent.forEach((run, i) => {
      if (!run.stack) return;
      const shared = sharedLength(run.stack, this.#stack);
      const inContainer =
        outerMain >= 0 && outerMain < parents
          ? shared > outerMain
          : shared >= parents - MAX_LEVELS + 1 && shared > 0 && !PAGE_ROOT.has(this.#tags[shared - 1]);
      if (!inContainer) return;
      const before = this.#recent[i - 1];
      lines.push(before && BARE_LABEL.test(before.line) ? `${before.line} ${run.line}` : run.line);
    });
    return lines;
  }
}

/** How many elements, from the outermost, two stacks of open elements share. */
function sharedLength(a: number[], b: number[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
