/**
 * The copyright lines a saved page shows at its foot ("© 2025 Anna Berg. All rights reserved."), read
 * from its bytes: the raw-text cut and the prune pass drop the page's <footer> with its content
 * (lib/html/read/html-raw-text.ts, lib/html/prune/html-prune.ts), where the innerText keeps the line
 * and the text path reads a personal site's owner from it (lib/bylines/site-owner.ts, copyrightOwner).
 * Only for a page whose fields and texts name nobody (stages/html.ts): a search from the page's end.
 */
import { decodeEntities } from './page-field-text.ts';
import { pageDecoder } from '../read/html-charset.ts';

/** What opens a copyright line, as bytes: the sign (UTF-8, an entity) or the word. */
const MARKS = ['©', '&copy;', '&#169;', '&#xa9;', 'Copyright', 'COPYRIGHT', 'copyright'].map((m) => Buffer.from(m, 'utf8'));
/** Lines read: the last few signs of the page (a footer may show its sign twice: the line, a widget). */
const MAX_LINES = 3;
/** The longest text between two tags read as a line: a footer's line, not a script or a paragraph. */
const MAX_LINE_BYTES = 400;
const LT = 0x3c;
const GT = 0x3e;

/** The texts (between two tags) that hold the page's last copyright marks, in page order, as a reader sees them. */
export function copyrightLinesInPage(bytes: Uint8Array, encoding: string): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const decoder = pageDecoder(encoding);
  const starts = new Set<number>();
  const lines: { at: number; text: string }[] = [];
  for (const mark of MARKS) {
    let hit = buffer.lastIndexOf(mark);
    for (let n = 0; hit !== -1 && n < MAX_LINES; n++, hit = hit > 0 ? buffer.lastIndexOf(mark, hit - 1) : -1) {
      const from = buffer.lastIndexOf(GT, hit) + 1;
      const to = buffer.indexOf(LT, hit);
      if (to === -1 || to - from > MAX_LINE_BYTES || starts.has(from)) continue;
      starts.add(from);
      const text = decodeEntities(decoder.decode(bytes.subarray(from, to))).replace(/\s+/g, ' ').trim();
      if (text) lines.push({ at: from, text });
    }
  }
  return lines.sort((a, b) => a.at - b.at).slice(-MAX_LINES).map((l) => l.text);
}
