/**
 * A line as its reader sees it, and a piece of that back as the line writes it. The header's readers
 * (a byline's label, a stamp at the line's start, a bullet) ask their patterns of what is shown: a line
 * in an isolate ("\u2068By Mara Lind\u2069", as `dir="auto"` copies it) or with a right-to-left mark
 * before its label reads as the plain line does. What is published keeps the marks as the page wrote
 * them: the piece a reader leaves of a line (the headline once the stamp run into it is read) is cut
 * from the written line, with the marks that wrap it, and balanced (lib/safety/bidi-controls.ts) so that
 * no opener it lost its partner to leaves the rest of the page reordered.
 */
import { balanceLine } from '../../safety/bidi-controls.ts';
import { hasDirectionalMark, isDirectionalMark, withoutDirectionalMarks } from './directional-marks.ts';

/**
 * `line` without its directional marks, its spaces single and trimmed (as segment's lines are), and
 * (`withIndexes`) for each character shown the index of the written one; null when the line has no
 * mark (it is shown as written). In one pass, the shown text copied a run at a time: a 5 MB line of
 * sentences each ending in a mark, built a character at a time and asked its last one, took minutes.
 */
function shownWithIndexes(line: string, withIndexes = true): { shown: string; at: number[] } | null {
  if (!hasDirectionalMark(line)) return null;
  const runs: string[] = [];
  const at: number[] = [];
  let from = -1;
  let last = -1;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    // A mark between two spaces leaves them side by side: one is shown (segment's lines have no other space than ' ').
    if (isDirectionalMark(code) || (code === 0x20 && (last === -1 || last === 0x20))) {
      if (from !== -1) runs.push(line.slice(from, i));
      from = -1;
      continue;
    }
    if (from === -1) from = i;
    last = code;
    if (withIndexes) at.push(i);
  }
  if (from !== -1) runs.push(line.slice(from));
  const shown = runs.join('');
  if (last !== 0x20) return { shown, at };
  at.pop();
  return { shown: shown.slice(0, -1), at };
}

/** The line as its reader sees it: without directional marks, spaces single, trimmed. The line itself when it has no mark. */
export function shownLine(line: string): string {
  return shownWithIndexes(line, false)?.shown ?? line;
}

/**
 * `piece`, a part of `shownLine(line)` a reader kept, as `line` writes it: the written span from its
 * first to its last character, the marks right around it, and the marks that open and close the whole
 * line, balanced. `piece` itself when the line has no mark or the piece is not part of it (a text the
 * reader rewrote).
 */
export function writtenPiece(line: string, piece: string): string {
  const read = shownWithIndexes(line);
  if (!read || !piece) return piece;
  const { shown, at } = read;
  if (piece === shown) return line;
  // A reader takes a stamp off the line's start or a date off its end: a piece at the end is the end.
  const start = shown.endsWith(piece) ? shown.length - piece.length : shown.indexOf(piece);
  if (start === -1) return piece;
  return wrappedAsItsLine(line, at[start], at[start + piece.length - 1] + 1);
}

/**
 * `piece`, cut from `line` as written (a headline split off the paragraph it was run into), with the
 * marks that wrap the whole line: each part of a line in an isolate is in it too. `piece` when the
 * line has no mark or the piece is not part of it.
 */
export function cutAsWritten(line: string, piece: string): string {
  if (!piece || !hasDirectionalMark(line)) return piece;
  const start = line.endsWith(piece) ? line.length - piece.length : line.indexOf(piece);
  return start === -1 ? piece : wrappedAsItsLine(line, start, start + piece.length);
}

/** The written span [from, to) of `line` with the marks right around it and those that open and close the line, balanced. */
function wrappedAsItsLine(line: string, from: number, to: number): string {
  while (from > 0 && isDirectionalMark(line.charCodeAt(from - 1))) from--;
  while (to < line.length && isDirectionalMark(line.charCodeAt(to))) to++;
  // The marks that open and close the whole line (an isolate around it) wrap what is left of it too.
  let opens = 0;
  while (opens < line.length && isDirectionalMark(line.charCodeAt(opens))) opens++;
  let closes = line.length;
  while (closes > 0 && isDirectionalMark(line.charCodeAt(closes - 1))) closes--;
  const written = (from > opens ? line.slice(0, opens) : line.slice(0, from)) + line.slice(from, to) + (to < closes ? line.slice(closes) : line.slice(to));
  return balanceLine(written).text;
}

/**
 * A single-spaced, trimmed line whose marks open or close it, trimmed inside them: "\u2068 Text \u2069"
 * → "\u2068Text\u2069". '' when it shows nothing but marks.
 */
export function trimmedInsideMarks(line: string): string {
  let opens = 0;
  while (opens < line.length && isDirectionalMark(line.charCodeAt(opens))) opens++;
  let closes = line.length;
  while (closes > opens && isDirectionalMark(line.charCodeAt(closes - 1))) closes--;
  const inside = line.slice(opens, closes);
  const trimmed = inside.trim();
  if (!withoutDirectionalMarks(trimmed).trim()) return '';
  return trimmed === inside ? line : line.slice(0, opens) + trimmed + line.slice(closes);
}
