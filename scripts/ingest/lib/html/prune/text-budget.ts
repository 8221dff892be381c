/**
 * How much of a saved page's body text is read (built into its DOM, read for its fields): twice
 * MAX_TEXT_CHARS, the cap a text seed is cut at (pipeline.ts capText), as a page's body holds its
 * menus, boxes and styles besides the article; eight times the body text of the largest benchmark
 * page (481,436 characters, the text of its styles and dropped boxes included). A page of
 * one 30 MB paragraph was read whole by the prune pass's field readers and every walk of the
 * extractor: 15 s of CPU and 1.7 GB. The text that crosses the cap is cut after its last space before
 * it (not in a word); every text after it is not read. What was not is counted (`unread`) and reported.
 */
import { MAX_TEXT_CHARS } from '../../safety/limits.ts';

export const MAX_PAGE_TEXT_CHARS = 2 * MAX_TEXT_CHARS;

export class TextBudget {
  private used = 0;
  private spent = false;
  /** Characters not built: past the cap. */
  unread = 0;

  private readonly max: number;

  constructor(max = MAX_PAGE_TEXT_CHARS) {
    this.max = max;
  }

  /** The part of `text` within the budget ('' once it is spent), counted as used. */
  take(text: string): string {
    if (!this.spent && this.used + text.length <= this.max) {
      this.used += text.length;
      return text;
    }
    let kept = '';
    if (!this.spent) {
      const room = this.max - this.used;
      const space = text.slice(0, room + 1).search(/\s\S*$/);
      kept = text.slice(0, space > 0 ? space : room);
      this.used += kept.length;
      this.spent = true;
    }
    this.unread += text.length - kept.length;
    return kept;
  }
}
