/**
 * Stray NUL characters in a seed that is otherwise text (a damaged export, a CMS template's stray
 * byte), read alike by the text path (stages/decode.ts) and saved pages (stages/html.ts), after UTF-16
 * (whose NUL bytes are half of every ASCII character) has been told apart (encoding-marks.ts).
 *
 * A few are dropped, not read as U+FFFD: a NUL is no character of any text, and nothing tells whether
 * it stands for a lost character or was put in beside the text (padding, a zeroed byte); a browser's
 * tree builder drops one in a page's body text too. U+FFFD would then reach the title or a sentence
 * as a character the reader cannot read. Many mean the file is not text at all.
 */
import type { StageName } from '../../types.ts';
import { type Report, SkipArticle } from '../../report.ts';
import { EXPORT_AS_TEXT } from './file-signature.ts';

/** More than one NUL in a hundred characters: not stray ones, a file that is not text. */
const MOST_NULS_PER_CHARACTER = 1 / 100;

/** The pieces of a decoded seed without their few NUL characters, reported; a SkipArticle for many. */
export function withoutStrayNuls(pieces: string[], stage: StageName, report: Report): string[] {
  let nuls = 0;
  let length = 0;
  for (const piece of pieces) {
    length += piece.length;
    for (let i = piece.indexOf('\u0000'); i !== -1; i = piece.indexOf('\u0000', i + 1)) nuls++;
  }
  if (nuls === 0) return pieces;
  if (nuls > length * MOST_NULS_PER_CHARACTER) throw new SkipArticle(`binary file: contains ${nuls} NUL bytes and is not UTF-16; ${EXPORT_AS_TEXT}`);
  report.add(stage, 'nul-characters', 'removed', undefined, `${nuls} stray NUL character(s) dropped`);
  return pieces.map((piece) => piece.replaceAll('\u0000', ''));
}
