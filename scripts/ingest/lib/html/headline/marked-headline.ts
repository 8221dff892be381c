/**
 * The first element a page marks as its headline by name: a class, an id or an itemprop that is the
 * word "headline" ("<span class="headline">", "<div id="story-headline">", itemprop "headline"). An old
 * template that writes one `<title>` on every page ("Example Post Online Edition: Breaking News") and no
 * <h1> shows its story's headline in such an element, above the byline; no field states it. Which
 * of the two is the headline is decided with the page's fields (lib/html/headline/html-headline.ts).
 *
 * Only an element shown in the page's text, outside its head, the dropped boxes and the site's brand,
 * and outside a link: a teaser's headline is a link to its story. "headlines" (a list of them) is no
 * name of one. The prune pass (lib/html/prune/html-prune.ts) reports every element's open and close and
 * every text run.
 */
import { elementEdge, headingText } from './heading-text.ts';

/** The names that mark an element as the headline: the word alone or a part of a name ("story-headline", "article_headline"). */
const HEADLINE_NAME = /(?:^|[\s_-])headline(?:$|[\s_-])/i;
/** Longer than a headline: an element named so that holds something else (a teaser's whole box). */
const MAX_MARKED_TEXT = 300;

/** Whether an element's class, id or itemprop names it the headline (a plain search first: most names hold no "eadline"). */
function namesHeadline(attribs: Record<string, string>): boolean {
  for (const names of [attribs.class, attribs.id, attribs.itemprop]) if (names && names.includes('eadline') && HEADLINE_NAME.test(names)) return true;
  return false;
}

export class MarkedHeadlineWatch {
  /** The marked element's text, once read (null until then, and when the page marks none). */
  found: string | null = null;
  /** Depth inside links (a teaser's headline is one). */
  #links = 0;
  /** The element being read: its text runs (edges marked), and the depth inside it. */
  #reading: { parts: string[]; depth: number } | null = null;

  /** An element opens. `shown`: it is shown, outside the head, the dropped boxes and the site's brand. */
  open(name: string, attribs: Record<string, string>, shown: boolean): void {
    if (this.found !== null) return;
    if (this.#reading) {
      this.#reading.depth++;
      this.#reading.parts.push(elementEdge(name));
    } else if (shown && this.#links === 0 && namesHeadline(attribs)) this.#reading = { parts: [], depth: 1 };
    if (name === 'a') this.#links++;
  }

  /** An element (`name`) closes. */
  close(name: string): void {
    if (this.found !== null) return;
    if (name === 'a' && this.#links > 0) this.#links--;
    const reading = this.#reading;
    if (!reading) return;
    if (--reading.depth > 0) return void reading.parts.push(elementEdge(name));
    this.#reading = null;
    const text = headingText(reading.parts);
    // An empty one (a picture's wrapper) or a box named so: the next one may be the headline.
    if (text && text.length <= MAX_MARKED_TEXT) this.found = text;
  }

  /** Text a reader sees. */
  text(text: string): void {
    if (this.#reading) this.#reading.parts.push(text);
  }
}
