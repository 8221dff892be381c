/** Plain text out of the hand-written topic introductions (simple Markdown), for summaries. */
import { clip } from './text';

/** The first paragraph as plain text: whole sentences up to `max` characters (at least one, clipped). */
export function firstParagraph(markdown: string, max: number): string {
  const para = markdown.trim().split(/\n\s*\n/)[0] ?? '';
  const plain = para
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links → their text
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const sentences = plain.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [plain];
  let out = '';
  for (const s of sentences) {
    if ((out + s).length > max) break;
    out += s;
  }
  return out.trim() || clip(plain, max);
}
