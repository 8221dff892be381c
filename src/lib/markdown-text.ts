/** Plain text out of the hand-written topic introductions (simple Markdown), for summaries. */
import { clip } from './text';

export function firstParagraph(markdown: string, max: number): string {
  const para = markdown.trim().split(/\n\s*\n/)[0] ?? '';
  const plain = para
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links → their text
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clip(plain, max);
}
