/**
 * The article's opening, when Readability took only its later part. A page builder puts each part of
 * an article in a box of its own (an introduction, then one box per section); Readability scores the
 * boxes and takes the best with those of its siblings that score well, and an introduction a few boxes
 * away from that one is lost, though it stands right under the page's headline. The page's own order
 * says where the article begins: its <h1> heads it, when the <h1> tells the story the page's title
 * tells (a blog's <h1> naming the site heads its sidebar and the list of posts too). The prose between the <h1> and the first block of
 * Readability's answer is the article's opening, taken from its first paragraph of prose on (a byline,
 * a date, a standfirst of one line above it stay out, as Readability left them).
 */
import { blocksOf, proseChars, type HtmlBlock } from './html-blocks.ts';
import type { BoxElement } from './html-article-container.ts';
import { sharedKeyWords } from '../metadata/page-field-text.ts';
import { upperCaseTag } from '../prune/tag-name-case.ts';

/** Prose the gap must hold to be the article's opening, in characters (html-blocks.ts proseChars). */
const LEAD_MIN_PROSE = 400;
/** Paragraphs of prose the opening holds: a single one under the headline is as often a standfirst the article's truth leaves out. */
const LEAD_MIN_PARAGRAPHS = 2;
/**
 * Share of the opening's text that must be prose: a product page's boxes of top picks, figures and
 * calls to action between its headline and its text hold a paragraph or two, but mostly short lines.
 */
const LEAD_PROSE_SHARE = 0.5;
/** A block this much inside links to other pages is a teaser or a table of contents. */
const LINKED_BLOCK = 0.5;

/**
 * Whether the page's text (the characters the prune pass counted) leaves room beside the answer for an
 * opening: else the page is not built again to look for one.
 */
export function mayHaveLead(pageChars: number, answer: readonly HtmlBlock[]): boolean {
  let chars = 0;
  for (const b of answer) chars += b.text.length;
  return pageChars - chars >= LEAD_MIN_PROSE;
}

/** The opening blocks to put before the answer, and why; null when the page shows none. */
export function leadBeforeAnswer(page: readonly HtmlBlock[], headlines: ReadonlySet<string>, answer: readonly HtmlBlock[]): { blocks: HtmlBlock[]; why: string } | null {
  const gap = gapUnderHeadline(page, headlines, answer);
  if (!gap) return null;
  const first = gap.findIndex((b) => proseChars([b]) > 0);
  if (first === -1) return null;
  const lead = gap.slice(first);
  const prose = proseChars(lead);
  if (prose < LEAD_MIN_PROSE || lead.filter((b) => proseChars([b]) > 0).length < LEAD_MIN_PARAGRAPHS) return null;
  if (prose < LEAD_PROSE_SHARE * lead.reduce((n, b) => n + b.text.length, 0)) return null;
  return { blocks: lead, why: `${lead.length} block(s), ${prose} characters of prose, between the page's <h1> and Readability's answer` };
}

/**
 * Whether the page's blocks read without furniture marks (blocksOf's plain walk: the same texts, as
 * every box a label marks starts and ends a block anyway) leave prose enough between the <h1> and
 * the answer for an opening. Marks only take blocks out of the gap (furniture, linked blocks; a text
 * met twice is read once either way), so with none the gap's prose is at least what it is with them:
 * where this says no, leadBeforeAnswer on the marked blocks says no too, and the page need not be
 * built again to mark them (stages/html.ts; 22 openings among the metadata set's 967 pages).
 */
export function mayHaveLeadIn(plainPage: readonly HtmlBlock[], headlines: ReadonlySet<string>, answer: readonly HtmlBlock[]): boolean {
  const gap = gapUnderHeadline(plainPage, headlines, answer);
  if (!gap) return false;
  let prose = 0;
  let paragraphs = 0;
  for (const b of gap) {
    const chars = proseChars([b]);
    prose += chars;
    if (chars > 0) paragraphs++;
  }
  return prose >= LEAD_MIN_PROSE && paragraphs >= LEAD_MIN_PARAGRAPHS;
}

/** The page's blocks between its <h1> that tells the story and the answer's first, each text once, none of the answer's; null when there is no such place. */
function gapUnderHeadline(page: readonly HtmlBlock[], headlines: ReadonlySet<string>, answer: readonly HtmlBlock[]): HtmlBlock[] | null {
  const shown = answer.filter((b) => !b.furniture);
  if (shown.length === 0) return null;
  const start = startOf(page, shown);
  if (start === -1) return null;
  let head = -1;
  for (let i = start - 1; i >= 0; i--) {
    if (headlines.has(page[i].text)) {
      head = i;
      break;
    }
  }
  if (head === -1) return null;
  // Nothing between the two: no set of the answer's texts to make.
  if (head + 1 === start) return [];
  // A text shown twice (for small and for large screens) is read once.
  const seen = new Set(shown.map((b) => b.text));
  return page.slice(head + 1, start).filter((b) => !b.furniture && (b.linkShare ?? 0) < LINKED_BLOCK && !seen.has(b.text) && !!seen.add(b.text));
}

/** Where the answer's first block stands among the page's (its second block next, when it has one): -1 when nowhere. */
function startOf(page: readonly HtmlBlock[], shown: readonly HtmlBlock[]): number {
  for (let i = 0; i < page.length; i++) {
    if (page[i].text !== shown[0].text) continue;
    if (shown.length < 2 || page.slice(i + 1, i + 4).some((b) => b.text === shown[1].text)) return i;
  }
  return -1;
}

/**
 * Whether a heading tells the story a title tells: three key words in common, or half the shorter's
 * (as lib/html/headline/html-headline.ts weighs an <h1> against the page title).
 */
export function tellsTheStory(heading: string, title: string): boolean {
  const { shared, fewest } = sharedKeyWords(heading, title);
  return shared >= 3 || (shared > 0 && 2 * shared >= fewest);
}

/**
 * What the lead is looked for in, read off the page as first built, before Readability moves its
 * nodes (stages/html.ts): its blocks, read plain (no furniture marks: mayHaveLeadIn), and the texts
 * of its <h1>s' blocks. Read there, the page is built again only where an opening may be (most pages
 * have an <h1> and were built again and walked for it: a tenth of the HTML path's time).
 */
export interface PageAsBuilt {
  blocks: HtmlBlock[];
  h1Texts: string[];
}

/**
 * `outerH1s`: the page's <h1>s as the prune pass built them (PageDomBuilder.outerH1s), the ones the
 * walk of h1Texts would find, so the tree is not walked again for them; null: walked.
 */
export function pageAsBuilt(body: BoxElement, outerH1s: readonly BoxElement[] | null = null): PageAsBuilt {
  return { blocks: blocksOf(body), h1Texts: outerH1s ? textsOfH1s(outerH1s) : h1Texts(body) };
}

function textsOfH1s(h1s: readonly BoxElement[]): string[] {
  const texts: string[] = [];
  for (const h1 of h1s) for (const b of blocksOf(h1)) texts.push(b.text);
  return texts;
}

/** The texts of the blocks of the page's <h1>s (an <h1> inside another is read with it), in order. */
export function h1Texts(root: BoxElement): string[] {
  const texts: string[] = [];
  const walk = (e: BoxElement) => {
    if (upperCaseTag(e.nodeName) === 'H1') {
      for (const b of blocksOf(e)) texts.push(b.text);
      return;
    }
    for (let i = 0; i < e.children.length; i++) walk(e.children[i]);
  };
  walk(root);
  return texts;
}

/** Of the page's <h1> texts (h1Texts), those that tell the story of its title. */
export function headlinesAmong(texts: readonly string[], title: string): Set<string> {
  const headlines = new Set<string>();
  for (const text of texts) if (tellsTheStory(text, title)) headlines.add(text);
  return headlines;
}

