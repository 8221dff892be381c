/**
 * The page's tags closing the article, when no class name gives their box away: a run of three lines
 * or more at the article's foot, each a heading or a link of a word or two ("Ferries", "Donald Trump",
 * "منوعات"), with nothing of the article between them. A template sets each tag as its own heading or
 * link (a search for the word, the section's page), so Readability keeps them when they share the
 * article's box. An article's own sub-heading has its prose under it, and its sections' titles are
 * more than a word or two or say something ("What next?"); one or two heads closing the article are a
 * box's title (dangling-heads.ts). A run of links alone is html-furniture.ts's list of links already:
 * this rule reads the headings, and the links among them.
 * In any script: a word is what countWords counts (a CJK character each), so a tag in Chinese or
 * Japanese, written without spaces, counts by its length instead (TAG_CHARS).
 * Used by html-furniture.ts; each block it marks is reported (stages/html.ts).
 */
import { countWords } from '../../page-text/language/text.ts';
import type { FurnitureBlock as Block } from './furniture-block.ts';

export const CLOSING_TAG_LIST_WHY = "the page's tags closing the article (a run of headings or links of a word or two, nothing of the article between them)";

/** A tag is a word or two: a name, a place, a topic. */
const TAG_WORDS = 2;
/** A tag written without spaces (Chinese, Japanese) is a few characters: "经济", "東京五輪". */
const TAG_CHARS = 6;
/** Fewer heads closing the article are a box's title and sub-title (dangling-heads.ts). */
const MIN_TAGS = 3;
/** A link's line: most of its characters under the link. */
const LINKED = 0.8;
/** A heading that asks, calls or introduces is the article's own line. */
const SAYS_SOMETHING = /[?!.:？！。：]$/u;

function isTag(b: Block): boolean {
  if (b.kind !== 'heading' && (b.linkShare ?? 0) < LINKED) return false;
  const text = b.text.trim();
  if (!text || SAYS_SOMETHING.test(text)) return false;
  return countWords(text, TAG_WORDS + 1) <= TAG_WORDS || (text.length <= TAG_CHARS && !/\s/.test(text));
}

/**
 * Marks the run of tags the article ends on (lines already left out as furniture may stand among or
 * after them), if it has MIN_TAGS at least and something of the article stands above it.
 */
export function markClosingTagList(blocks: Block[]): void {
  const tags: number[] = [];
  let i = blocks.length - 1;
  for (; i >= 0; i--) {
    const b = blocks[i];
    if (b.furniture) continue;
    if (!isTag(b)) break;
    tags.push(i);
  }
  // A page that is nothing but such lines is not cut to nothing (the caller keeps every block then too).
  if (i < 0 || tags.length < MIN_TAGS) return;
  for (const k of tags) blocks[k].furniture = CLOSING_TAG_LIST_WHY;
}
