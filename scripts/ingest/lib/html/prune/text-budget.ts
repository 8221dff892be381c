/**
 * How much of a saved page's body text is read (built into its DOM, read for its fields): twice
 * MAX_TEXT_CHARS, the cap a text seed is cut at (pipeline.ts capText), as a page's body holds its
 * menus, boxes and styles besides the article; eight times the body text of the largest benchmark
 * page (481,436 characters, the text of its styles and dropped boxes included). A page of
 * one 30 MB paragraph was read whole by the prune pass's field readers and every walk of the
 * extractor: 15 s of CPU and 1.7 GB. The text that crosses the cap is cut after its last space before
 * it (not in a word); every text after it is not read. What was not is counted (`unread`) and reported.
 *
 * Text is also weighed by how deep it sits (MAX_NESTED_TEXT): the extractor reads every element's
 * whole text (scoring each <section>, <div> and <p> by its text, cleaning each box by its commas), so
 * a character inside 400 open elements is read 400 times. A page of 16,000 <section>s left open, each
 * with a paragraph (2.6 MB), cost 11 s of CPU within the character cap; now its text past the weight
 * is not read, as past the cap.
 */
import { MAX_TEXT_CHARS } from '../../safety/limits.ts';

export const MAX_PAGE_TEXT_CHARS = 2 * MAX_TEXT_CHARS;
/**
 * The most characters × their depth (the open elements around each, html-dom.ts's MAX_DEPTH at most)
 * read: more than ten times the heaviest of the bench sets' 1,844 dev pages (4.3 million: 165,020
 * characters some 26 deep), a tenth of what the page of open <section>s weighs.
 */
export const MAX_NESTED_TEXT = 50_000_000;

export class TextBudget {
  private used = 0;
  private spent = false;
  private nested = 0;
  /** Characters not built: past the cap. */
  unread = 0;
  /** Whether the text's weight by depth (MAX_NESTED_TEXT), not its length, spent the budget. */
  spentByNesting = false;

  private readonly max: number;

  constructor(max = MAX_PAGE_TEXT_CHARS) {
    this.max = max;
  }

  /** The part of `text` within the budget ('' once it is spent), counted as used; `depth`: the elements open around it. */
  take(text: string, depth = 1): string {
    const weight = Math.max(1, depth);
    const nestedRoom = Math.floor((MAX_NESTED_TEXT - this.nested) / weight);
    const charRoom = this.max - this.used;
    const room = Math.min(charRoom, nestedRoom);
    if (!this.spent && text.length <= room) {
      this.used += text.length;
      this.nested += text.length * weight;
      return text;
    }
    let kept = '';
    if (!this.spent) {
      const space = text.slice(0, room + 1).search(/\s\S*$/);
      kept = text.slice(0, space > 0 ? space : room);
      this.used += kept.length;
      this.nested += kept.length * weight;
      this.spent = true;
      this.spentByNesting = nestedRoom < charRoom;
    }
    this.unread += text.length - kept.length;
    return kept;
  }
}
