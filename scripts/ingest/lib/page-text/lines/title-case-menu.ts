/**
 * A site's menu copied as one long line of Title-Case labels run together ("Travel Adventures Harbor
 * Diary Conscious Travel Explore Golf …"). A label's own comma or full stop ("Brussels, My Love?",
 * "Dock.ai") keeps such a line out of the plain lists of words block-features knows, and it was read
 * as prose. Prose never capitalises almost every word for twenty words and more; a table's row or a
 * list of services parts its cells by bars and commas, and a shouted sentence has no lower case.
 */

/** Words at least: a headline or a name of a few capitalised words is no menu. */
const MENU_WORDS = 20;
/** Share of the words that start with a capital, at least. */
const MENU_CAPITALS = 0.8;
/** At most one comma, semicolon, colon or bar per this many words (a list of services has one per item). */
const WORDS_PER_CLAUSE_MARK = 20;
const CLAUSE_MARKS = /[,;:|]/g;
const LOWER_CASE = /\p{Ll}/u;

/**
 * Is the line a menu's labels run together? `capitalShare` is block-features' share of word starts
 * in capitals, `sentenceMarks` its count of sentence ends inside the line.
 */
export function isTitleCaseMenu(line: string, words: number, capitalShare: number, sentenceMarks: number, sentenceEnd: boolean): boolean {
  if (words < MENU_WORDS || capitalShare < MENU_CAPITALS || sentenceEnd || sentenceMarks > 1) return false;
  return (line.match(CLAUSE_MARKS)?.length ?? 0) * WORDS_PER_CLAUSE_MARK <= words && LOWER_CASE.test(line);
}
