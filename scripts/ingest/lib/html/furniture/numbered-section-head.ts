/**
 * "4. PANASONIC LUMIX S5 II": a listicle's numbered heading, linked to the thing it reviews, right after
 * the shop links closing the pick before it ("B&H Photo", "Amazon", "KEH Camera (used)"). Three linked
 * lines in a row are a list of other pages (html-furniture.ts), and the heading, all link too, ran on
 * into that list and went with it, though the article's prose under it is the next pick's text.
 *
 * A list of links ends on a heading that opens the article's next section when the heading is
 * numbered ("4.", "4)") and the article's own text follows it (a paragraph that is not a link): a
 * box of other pages numbers no heading of its own with prose under it. Only the heading is given
 * back; the links before it stay a list (when three or more are left).
 *
 * HTML F1 dev: metadata set .96398 → .96399 and body set .98028 → .98032 (one page up, a camera
 * guide's five pick headings back, none down); fundus and snippet sets unchanged; held out unchanged.
 */
import type { FurnitureBlock as Block } from './furniture-block.ts';

/** "4. ", "12) ": the number a listicle's pick is headed with. */
const NUMBERED = /^\d{1,3}[.)]\s/;
/** The text under it is the article's: a paragraph mostly not linked. */
const TEXT_LINKED = 0.5;

/** Does blocks[k], the last of a run of linked lines, open the article's next numbered section? */
export function opensNumberedSection(blocks: readonly Block[], k: number): boolean {
  const head = blocks[k];
  const next = blocks[k + 1];
  if (head.kind !== 'heading' || !NUMBERED.test(head.text)) return false;
  return next !== undefined && !next.furniture && next.kind === 'paragraph' && (next.linkShare ?? 0) < TEXT_LINKED;
}
