/**
 * The page's next story, taken in with the article. A page that loads the next article under the one
 * it was opened for (infinite scroll: a second `<article>` with its own `<h1>`, kicker and date) shows
 * two stories, and the answer may hold both:
 * - Readability takes the box of both, and the second story runs on under the first;
 * - Readability takes the longer, the second, and the article's opening found under the headline's
 *   `<h1>` (html-article-lead.ts) is the whole first story, the second's `<h1>` closing it.
 * The second story's head is an `<h1>` of the page that tells another story than the page's title, with
 * a date line of its own beside it (an `<h1>` heading a section of the article has none), after the
 * article's prose, and an `<article>` of the page around it that holds that story's prose and not the
 * headline (a gallery or a video set in the article is an `<article>` with an `<h1>` and a date too, but
 * no prose: the article's own runs on under it): the article stops there.
 */
import { blocksOf, proseChars, type HtmlBlock } from './html-blocks.ts';
import type { BoxElement } from './html-article-container.ts';
import type { WholePage } from './whole-page.ts';
import { upperCaseTag } from '../prune/tag-name-case.ts';
import { furnitureFeatures } from '../../page-text/lines/block-features.ts';
import { isFigureNotTime } from '../furniture/figure-not-time.ts';
import { headlinesAmong } from './html-article-lead.ts';
import type { Report } from '../../../report.ts';

/** How far from the next story's <h1> its date line stands, in blocks: above it (a kicker's date) or under it (after a standfirst, a byline). */
const DATE_BEFORE = 2;
const DATE_AFTER = 3;
/** Prose the next story's <article> holds, in characters (html-blocks.ts proseChars): a story's, not a gallery's captions (the article's opening asks as much, html-article-lead.ts). */
const STORY_PROSE = 400;

/** The page's <h1>s that tell another story than its title (those in `h1Texts` not in `headlines`, html-article-lead.ts headlinesAmong). */
export function otherStoriesHeads(h1Texts: readonly string[], headlines: ReadonlySet<string>): Set<string> {
  return new Set(h1Texts.filter((t) => !headlines.has(t)));
}

/** Where the next story starts among the blocks: its <h1>, after prose, with its date line beside it; -1 when the blocks show none. */
export function nextStoryStart(blocks: readonly HtmlBlock[], otherHeads: ReadonlySet<string>, headlines: ReadonlySet<string>, whole: WholePage): number {
  if (otherHeads.size === 0) return -1;
  for (let i = 1; i < blocks.length; i++) {
    if (blocks[i].furniture || !otherHeads.has(blocks[i].text) || !hasDateLineBeside(blocks, i)) continue;
    if (proseChars(blocks.slice(0, i)) === 0) continue;
    // Read in the page as first built only here, where a block already looks like the next story's head.
    const body = whole.tree().body as unknown as BoxElement | null;
    if (body && headsStoryOfItsOwn(body, blocks[i].text, headlines)) return i;
  }
  return -1;
}

/** Whether an <h1> of the page with this text stands in an <article> that holds prose of its own and none of the headline's <h1>s. */
function headsStoryOfItsOwn(body: BoxElement, head: string, headlines: ReadonlySet<string>): boolean {
  const walk = (e: BoxElement, article: BoxElement | null): boolean => {
    const tag = upperCaseTag(e.nodeName);
    if (tag === 'H1') return !!article && blocksOf(e).some((b) => b.text === head) && isStoryOfItsOwn(article, headlines);
    const inside = tag === 'ARTICLE' ? e : article;
    for (let i = 0; i < e.children.length; i++) if (walk(e.children[i], inside)) return true;
    return false;
  };
  return walk(body, null);
}

function isStoryOfItsOwn(article: BoxElement, headlines: ReadonlySet<string>): boolean {
  const blocks = blocksOf(article);
  return proseChars(blocks) >= STORY_PROSE && !blocks.some((b) => headlines.has(b.text));
}

function hasDateLineBeside(blocks: readonly HtmlBlock[], at: number): boolean {
  for (let i = Math.max(0, at - DATE_BEFORE); i <= Math.min(blocks.length - 1, at + DATE_AFTER); i++) {
    if (i === at) continue;
    const text = blocks[i].text;
    if (furnitureFeatures(text).dateLine && !isFigureNotTime(text)) return true;
  }
  return false;
}

/**
 * The answer up to the next story it runs on into (Readability took the box of both), each block left
 * out reported; the answer itself when it holds none. `h1Texts`: the page's <h1>s as first built;
 * `title`: the page's headline.
 */
export function withoutNextStory(answer: HtmlBlock[], h1Texts: readonly string[], title: string, whole: WholePage, report: Report): HtmlBlock[] {
  const headlines = headlinesAmong(h1Texts, title);
  const at = nextStoryStart(answer, otherStoriesHeads(h1Texts, headlines), headlines, whole);
  if (at === -1) return answer;
  const why = nextStoryWhy(answer[at].text);
  for (const b of answer.slice(at)) if (!b.furniture) report.add('html', 'next-story', 'removed', b.text, why);
  return answer.slice(0, at);
}

/** Why the next story's blocks are left out. */
export function nextStoryWhy(head: string): string {
  return `the page's next story, under its own <h1> "${head}" and date line, after the article`;
}
