/**
 * "Stephen Edelstein December 22, 2023 Comment Now!", "Ann Lee | 3. März 2025 | Jetzt kommentieren": a
 * stamp row that ends on the button that opens the comments. Its "!" ends no sentence, and its words are
 * no byline's: the row's reader (stages/segment/stamp-line.ts readStampRow) reads the row without it.
 */

/**
 * The button's words in the languages of most news on the web, at the end of the row: "Comment now!",
 * "Leave a comment", "Kommentieren", "Commenter", "Comentar", "Commenta", "Reageer", "Skomentuj".
 * "12 Comments" is a counter, which the row's fields read already. Longest first: "jetzt kommentieren"
 * is taken whole, not as "kommentieren".
 */
const CALLS = [
  'comment now', 'comment here', 'leave a comment', 'add a comment', 'post a comment', 'write a comment', 'join the discussion',
  'join the conversation', 'jetzt kommentieren', 'kommentar schreiben', 'kommentieren', 'commenter', 'réagir', 'comentar',
  'commenta', 'reageer', 'reageren', 'skomentuj', 'comment',
].sort((a, b) => b.length - a.length);

/** The marks that set a row's fields apart. */
const SEPARATORS = new Set([...' |•·⋅–—-\t\u00a0']);
/** What may close the button's words: "Comment Now!", "Kommentieren:". */
const CLOSING_MARKS = new Set([...'!.: \t\u00a0']);

/** `text` without the separators and spaces at its end. */
function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && SEPARATORS.has(text[end - 1])) end--;
  return text.slice(0, end);
}

/** The row without the call to comment that closes it, or the row as it is. */
export function withoutCommentCallAtEnd(row: string): string {
  // Most rows hold none of the words: one cheap test of the letters every form but "réagir" and "reageer" holds.
  if (!/omment|agi|agee/i.test(row)) return row;
  let end = row.length;
  while (end > 0 && CLOSING_MARKS.has(row[end - 1])) end--;
  const words = row.slice(0, end).toLowerCase();
  const call = CALLS.find((c) => words.endsWith(c));
  if (!call) return row;
  const at = end - call.length;
  // A word of its own: the row's start, a space or a separator before it ("Recomment" is none).
  if (at > 0 && !SEPARATORS.has(row[at - 1])) return row;
  // A button's label is capitalised ("Comment Now!") or set off by a separator ("| kommentieren"); a
  // sentence's last words are neither ("Write to us by May 5, 2024 and comment!").
  const before = withoutTrailingSeparators(row.slice(0, at));
  const setOff = /[|•·⋅–—-]/.test(row.slice(before.length, at));
  if (!/\p{Lu}/u.test(row[at]) && !setOff) return row;
  return before;
}
