/**
 * A NEL (U+0085) inside the text of the decoder's pieces, shown as a space (stages/html.ts, and the page
 * a Next.js stream holds: lib/html/article/streamed-article-reading.ts).
 */
import type { Report } from '../../../report.ts';

/**
 * NEL, the "next line" control (U+0085), between two words of a Unicode page: HTML counts it no
 * whitespace, so the block walker would join "forty\u0085years" into one word; the text path shows it
 * as a space (stages/decode.ts), and so does this. Read after mojibake, whose "Å" read as Latin-1 is
 * "Ã" + U+0085 and is repaired, not cut. (A Windows-1252 page's byte 0x85 was decoded as "…" already.)
 * Not the text path's helper (stages/decode.ts withNextLines): that one reads a NEL as a line end in a
 * file with no other break, which in HTML, where line ends are spaces, would change nothing but the
 * report; and this one works on the decoder's pieces, never joined into one string.
 */
export function withNextLinesAsSpaces(pieces: string[], report: Report): string[] {
  let count = 0;
  for (const piece of pieces) for (let i = piece.indexOf('\u0085'); i !== -1; i = piece.indexOf('\u0085', i + 1)) count++;
  if (count === 0) return pieces;
  report.add('html', 'next-line', 'changed', undefined, `${count} NEL (U+0085) inside the page's text shown as spaces`);
  return pieces.map((piece) => piece.replaceAll('\u0085', ' '));
}
