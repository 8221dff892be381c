/**
 * The article's opening as a full truth body gives it (lead-kept.ts): the words a reader reads first,
 * to be found in the body as the check set's asserted first words are (leadRecall in score.ts).
 */
import { tokenize } from '../score.ts';
import { words } from './lost-line-cause.ts';

/**
 * A truth line that reads as a heading, not a sentence: a few words, no closing stop. Some sets' truth
 * opens on the page's headline (its H1, not always the headline the set names) or a section heading,
 * and the body is not where the headline is looked for: a reader's first sentence is below it.
 */
export function isHeadingLike(line: string): boolean {
  return tokenize(line).length <= 20 && !/[.!?。！？…:;"”»)]\s*$/u.test(line.trim());
}

/**
 * The truth's first N tokens, after its first lines that repeat the headline or (unless keepHeadings)
 * read as headings; the last line is never skipped, so a truth of headings still has a lead.
 */
export function leadOf(truth: string, headline: string | null, n: number, keepHeadings = false): string {
  const title = words(headline ?? '');
  const lines = truth.split('\n').filter((l) => tokenize(l).length);
  let start = 0;
  const skipped = (line: string) => (title.trim() !== '' && title.includes(words(line))) || (!keepHeadings && isHeadingLike(line));
  while (start < lines.length - 1 && skipped(lines[start])) start++;
  return tokenize(lines.slice(start).join('\n')).slice(0, n).join(' ');
}
