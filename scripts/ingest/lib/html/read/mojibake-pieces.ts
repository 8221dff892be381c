/**
 * The decoder's pieces of a page that is mojibake throughout, read again as the UTF-8 it was
 * (stages/html.ts, and the page a Next.js stream holds: lib/html/article/streamed-article-reading.ts).
 */
import type { Report } from '../../../report.ts';
import { MOJIBAKE, reReadMojibake } from '../../safety/mojibake.ts';

/**
 * A page whose UTF-8 text was read as Windows-1252 or Latin-1 once before it was saved, read as it was
 * meant when the whole page is so (lib/safety/mojibake.ts), as the text path reads such a seed. Only a
 * piece with a character outside ASCII can hold it (every form of MOJIBAKE starts with one): most
 * pieces are runs of ASCII (read as Latin-1, lib/html/read/html-charset.ts), which the pattern need not
 * scan; a piece's UTF-8 length equals its length exactly when it is ASCII, and Node counts that
 * several times faster than the pattern scans (the body set's pieces: ~13 → ~7 ms a pass).
 */
const mayHoldMojibake = (piece: string) => Buffer.byteLength(piece, 'utf8') !== piece.length && MOJIBAKE.test(piece);

export function withoutMojibake(pieces: string[], report: Report): string[] {
  if (!pieces.some(mayHoldMojibake)) return pieces;
  const read = reReadMojibake(pieces.join(''));
  if (read === null) return pieces;
  report.add('html', 'mojibake', 'changed', undefined, 'UTF-8 that had been read as Windows-1252 or Latin-1, re-decoded');
  return [read];
}
