/**
 * "Stephen Edelstein December 22, 2023 Comment Now!", "Ann Lee | 3. März 2025 | Jetzt kommentieren": a
 * stamp row that ends on the button that opens the comments. Its "!" ends no sentence, and its words are
 * no byline's: the row's reader (stages/segment.ts readStampRow) reads the row without it.
 */

/**
 * The button's words in the languages of most news on the web, after a separator or a space at the end
 * of the row: "Comment now!", "Leave a comment", "Kommentieren", "Commenter", "Comentar", "Commenta",
 * "Reageer", "Skomentuj". "12 Comments" is a counter, which the row's fields read already.
 */
const COMMENT_CALL_AT_END =
  /(?:^|[\s|•·⋅–—-])(?:comment(?: now| here)?|(?:leave|add|post|write) a comment|join the (?:discussion|conversation)|(?:jetzt )?kommentieren|kommentar schreiben|commenter|réagir|comentar|commenta|reageer|reageren|skomentuj)\s*[!.:]?\s*$/i;

/** The row without the call to comment that closes it, or the row as it is. */
export function withoutCommentCallAtEnd(row: string): string {
  // Most rows hold none of the words: one cheap test of the letters every form but "réagir" and "reageer" holds.
  if (!/omment|agi|agee/i.test(row)) return row;
  const m = COMMENT_CALL_AT_END.exec(row);
  if (!m) return row;
  // A button's label is capitalised ("Comment Now!") or set off by a separator ("| kommentieren"); a
  // sentence's last words are neither ("Write to us by May 5, 2024 and comment!").
  const call = m[0].replace(/^[\s|•·⋅–—-]+/, '');
  if (!/^\p{Lu}/u.test(call) && !/[|•·⋅–—-]/.test(m[0])) return row;
  return row.slice(0, m.index).replace(/[\s|•·⋅–—-]+$/, '');
}
