/**
 * A line that reads like body prose: the test segment and its header reader put to a line to tell the
 * article's paragraphs from its header's rows (a byline, a stamp, a standfirst's bullet).
 */
import { countWords, endsLikeSentence } from '../../lib/page-text/language/text.ts';
import { BULLET } from './header-fields.ts';

/** The fewest words of a line that reads like body prose. */
const PROSE_WORDS = 15;
/** A line that reads like body prose: long enough and ending like a sentence. */
export function isProse(text: string): boolean {
  // Its end read first, then its words counted to 15 at most: every line of the page is asked, and a long
  // paragraph need not be read to its end.
  return endsLikeSentence(text) && countWords(text, PROSE_WORDS) >= PROSE_WORDS && !BULLET.test(text);
}
