/**
 * "Ghosts on the ledger" / its blurb / "Help" / "Product help" / … / "How to be sure moving legal work
 * in-house is the right move" / the article's paragraphs: main-text may start the article's run on a
 * site's promotions (a title and its blurb each, one paragraph at a time), with a menu under them
 * and the article further down. When no byline or date stands under the article's headline, nothing
 * else points to it: the line of a headline's shape right over the run's first block of paragraphs
 * in a row, past a menu, whose words those paragraphs use, is that headline.
 *
 * A run that opens on the article's own lead passes two paragraphs in a row before any line is
 * weighed here, and a sub-heading of the article (a list's entry, a step) has the lead's paragraphs
 * over it, not a menu: neither is taken.
 */
import type { HeadlineBlock } from './headline.ts';

/** How far into the run the article's headline may stand. */
const REACH = 80;
/** How many paragraphs in a row, at least, make the article's text under its headline. */
const ARTICLE_PARAGRAPHS = 3;
/**
 * How many lines without prose in a row, at least, make a menu between the promotions and the article:
 * a long one (a site's full menu), not the buttons and labels between an article's own paragraphs.
 */
const MENU_LINES = 10;
/** How many short lines ("TL;DR", "Article") may stand between the headline and its paragraphs, and how many words each has at most. */
const LABEL_LINES = 2;
const LABEL_WORDS = 3;

/**
 * The headline past a menu in the run (`last`, the run's first paragraph, to `end`), or -1. `candidate`
 * says whether a line could be a headline (its shape, no full stop, no paragraph itself); `usesItsWords`
 * whether the paragraphs under a line use most of its words.
 */
export function headlinePastAMenu(blocks: HeadlineBlock[], last: number, end: number, candidate: (i: number) => boolean, usesItsWords: (i: number) => boolean): number {
  let menu = 0;
  let run = 0;
  for (let i = last + 1; i <= end && i <= last + REACH; i++) {
    const good = blocks[i].cls === 'good';
    // Two paragraphs in a row: the run's text has begun, and any line further down is its sub-heading.
    if (good && blocks[i - 1].cls === 'good') return -1;
    if (!good && candidate(i) && menu >= MENU_LINES && paragraphsUnder(blocks, i, end) >= ARTICLE_PARAGRAPHS && usesItsWords(i)) return i;
    run = good ? 0 : run + 1;
    menu = Math.max(menu, run);
  }
  return -1;
}

/** How many paragraphs in a row stand under line `i`, past a short label or two. */
function paragraphsUnder(blocks: HeadlineBlock[], i: number, end: number): number {
  let j = i + 1;
  while (j <= end && j <= i + LABEL_LINES && blocks[j].cls !== 'good' && blocks[j].features.words <= LABEL_WORDS) j++;
  let n = 0;
  while (j + n <= end && blocks[j + n].cls === 'good') n++;
  return n;
}
