/**
 * The page's own article box, when Readability took only a part of it. Readability scores boxes by
 * their paragraphs and takes the best one with those of its siblings that score well; a page builder
 * puts each section of an article (a heading and its paragraphs, a list of steps) in rows a few boxes
 * deep, and an article's sections then sit too far apart for that. The page's markup often says
 * where the whole article is: its only <article> (HTML's "self-contained composition"), or its only
 * <main>. When that box holds everything Readability took and much more prose, its blocks are the
 * article (stages/html.ts). A <main> is also what a front page puts its lists of other stories in,
 * so a box whose text is largely links to other pages is not taken (a <main> sooner than an
 * <article>). Metadata set body F1 0.951 → 0.954 dev, 0.946 → 0.951 held out (13 pages up, none
 * down); fundus set 0.933 → 0.935 dev; body set unchanged.
 */
import { blocksOf, proseChars, shownChars, type HtmlBlock } from './html-blocks.ts';
import { upperCaseTag } from '../prune/tag-name-case.ts';

/** What the page's boxes are read by here and in lib/html/article/html-article-lead.ts: the DOM's element, as far as they use it. */
export interface BoxElement {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<BoxElement>;
  children: ArrayLike<BoxElement>;
  textContent: string | null;
  getAttribute(name: string): string | null;
}

/** How many of each box the page builds, counted by the prune pass (lib/html/prune/html-prune.ts). */
export interface ArticleBoxes {
  article: number;
  /** <main>, or an element of role "main". */
  main: number;
  /** The characters of the first <article>'s and the first main box's shown text, whitespace included. */
  articleChars: number;
  mainChars: number;
}

/** The boxes that can hold the whole article, and the share of their text that may be in links. */
const BOXES = [
  { box: 'article', why: "the page's only <article>", maxLinked: 0.5 },
  { box: 'main', why: "the page's only main box", maxLinked: 0.3 },
] as const;
/** The box is taken only for this much more prose than Readability's answer (and at least EXTRA_PROSE characters more). */
const GAIN = 1.5;
const EXTRA_PROSE = 200;
/** Share of the text of Readability's answer the box must hold, as the same blocks. */
const HOLDS = 0.95;
/** A block this much inside links to other pages is a teaser (html-blocks.ts counts no prose there either). */
const LINKED_BLOCK = 0.5;

/**
 * Whether the page has one such box with text enough for the answer and the prose to gain beside it
 * (the characters the prune pass counted in it): else the page is not built again (each build walks
 * the whole page; a page of 100,000 <time>s beside a short <article> must not pay for one).
 */
/** `proseOf`: proseChars, or a caller's memory of it (lib/html/article/prose-once.ts counts an answer's prose once). */
export function mayHoldWholeArticle(boxes: ArticleBoxes, answer: readonly HtmlBlock[], proseOf: (blocks: readonly HtmlBlock[]) => number = proseChars): boolean {
  // A page with no single <article> nor main box has none to hold it: its answer's prose is not counted.
  if (boxes.article !== 1 && boxes.main !== 1) return false;
  const needed = shownChars(answer) + (GAIN - 1) * proseOf(answer) + EXTRA_PROSE;
  return (boxes.article === 1 && boxes.articleChars >= needed) || (boxes.main === 1 && boxes.mainChars >= needed);
}

/** The page's first <article> and first main box. */
function boxesIn(root: BoxElement): Record<ArticleBoxKind, BoxElement | null> {
  const found: Record<ArticleBoxKind, BoxElement | null> = { article: null, main: null };
  const walk = (e: BoxElement) => {
    const name = upperCaseTag(e.nodeName);
    if (name === 'ARTICLE') found.article ??= e;
    else if (name === 'MAIN' || e.getAttribute('role') === 'main') found.main ??= e;
    for (let i = 0; i < e.children.length; i++) walk(e.children[i]);
  };
  walk(root);
  return found;
}
type ArticleBoxKind = (typeof BOXES)[number]['box'];

/**
 * The blocks of the page's article box (in `body`, a fresh build of the page), when it holds the
 * answer's blocks and much more prose; null when no box does.
 */
export function wholeArticleBlocks(body: BoxElement, boxes: ArticleBoxes, answer: readonly HtmlBlock[], proseOf: (blocks: readonly HtmlBlock[]) => number = proseChars): { blocks: HtmlBlock[]; why: string } | null {
  const found = boxesIn(body);
  const prose = proseOf(answer);
  const answerBlocks = answer.filter((b) => !b.furniture);
  const answerChars = shownChars(answer);
  for (const { box, why, maxLinked } of BOXES) {
    const element = found[box];
    if (boxes[box] !== 1 || !element) continue;
    const blocks = blocksOf(element, { furniture: true });
    if (proseChars(blocks) < GAIN * prose + EXTRA_PROSE) continue;
    let chars = 0;
    let linked = 0;
    for (const b of blocks) {
      chars += b.text.length;
      if ((b.linkShare ?? 0) >= LINKED_BLOCK) linked += b.text.length;
    }
    if (linked > maxLinked * chars) continue;
    const texts = new Set(blocks.map((b) => b.text));
    const held = answerBlocks.reduce((n, b) => n + (texts.has(b.text) ? b.text.length : 0), 0);
    if (held < HOLDS * answerChars) continue;
    return { blocks, why };
  }
  return null;
}
