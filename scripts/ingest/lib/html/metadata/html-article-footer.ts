/**
 * The <time>s in the page's article's own <footer> or <aside> ("Posted August 12, 2025" under the
 * story). The prune pass drops both landmarks with their content (a site's footer, a side box), so
 * their <time>s never reach the metadata; the article's own are read here and date the page only
 * when no other <time> does (they come after them in the list). Only the first <article>'s: a
 * comment's or a related story's <article><footer><time>, nested or later, is not the page's.
 */
const OWN_LANDMARK = new Set(['footer', 'aside']);
const MAX_TIMES = 4;

export class ArticleFooterTimes {
  /** <article>s open outside an own landmark; the first one's end closes the watch. */
  #articlesOpen = 0;
  #firstArticleDone = false;
  /** Depth inside the first article's own footer or aside (0: not inside one). */
  #landmarkDepth = 0;
  /** <article>s open inside that landmark: their <time>s are theirs. */
  #nestedArticles = 0;
  #open: { datetime: string; text: string[] }[] = [];
  readonly found: { datetime: string; text: string }[] = [];

  /** Every element's start, dropped ones included. */
  opened(name: string, datetime: string | undefined): void {
    if (this.#landmarkDepth > 0) {
      this.#landmarkDepth++;
      if (name === 'article') this.#nestedArticles++;
      else if (name === 'time' && this.#nestedArticles === 0 && this.found.length < MAX_TIMES) this.#open.push({ datetime: datetime ?? '', text: [] });
      return;
    }
    if (name === 'article') this.#articlesOpen++;
    else if (OWN_LANDMARK.has(name) && this.#articlesOpen === 1 && !this.#firstArticleDone) this.#landmarkDepth = 1;
  }

  text(text: string): void {
    for (const t of this.#open) t.text.push(text);
  }

  /** Every element's end, as the parser reports it (implied ends included). */
  closed(name: string): void {
    if (this.#landmarkDepth > 0) {
      this.#landmarkDepth--;
      if (name === 'article' && this.#nestedArticles > 0) this.#nestedArticles--;
      else if (name === 'time') {
        const t = this.#open.pop();
        if (t && t.datetime) this.found.push({ datetime: t.datetime, text: t.text.join('').replace(/\s+/g, ' ').trim() });
      }
      if (this.#landmarkDepth === 0) this.#open.length = 0;
      return;
    }
    if (name === 'article' && this.#articlesOpen > 0 && --this.#articlesOpen === 0) this.#firstArticleDone = true;
  }
}
