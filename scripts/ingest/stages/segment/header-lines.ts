/**
 * header-lines: how segment's readers step over a header's lines around a name: past a separator alone
 * on its line ("•", "|"), and past a picture's credit ("Foto: REUTERS/Jane Roe") with the caption over it.
 */
import { SEPARATOR_LINE } from '../../lib/bylines/byline-labels.ts';
import { bareName } from '../../lib/bylines/name-lines.ts';
import { opensWithPhotoLabel } from '../../lib/page-text/headline/title.ts';
import { countWords } from '../../lib/page-text/language/text.ts';

/** How many words a caption under its picture's credit runs to at least: a sentence, not a name. */
const CAPTION_UNDER_CREDIT_WORDS = 5;

/** The index of the next line from `i` in direction `step` that is more than a separator alone. */
export function nextPast(lines: readonly string[], i: number, step: 1 | -1): number {
  let j = i + step;
  while (j >= 0 && j < lines.length && SEPARATOR_LINE.test(lines[j])) j += step;
  return j;
}

/** Whether line `j` is a picture's credit with its label ("Foto: REUTERS/Jane Roe"), under the caption it credits. */
export function pictureCreditAt(lines: readonly string[], j: number): boolean {
  return j > 0 && j < lines.length && opensWithPhotoLabel(lines[j]);
}

/**
 * Whether line `j` is a picture's credit with its caption over it. A caption under the credit ("Anna
 * Berg" / "Foto: Harbor Wire" / "The mayor at the harbour on Sunday."), a sentence, leaves the line over
 * the credit to the header: there it is the byline.
 */
export function captionOverCredit(lines: readonly string[], j: number): boolean {
  const under = nextPast(lines, j, 1);
  return pictureCreditAt(lines, j) && !(under < lines.length && countWords(lines[under]) >= CAPTION_UNDER_CREDIT_WORDS && !bareName(lines[under].trim()));
}

/** How many lines between `from` and `to` (both left out) are a picture's: a credit and the caption right over it. */
export function picturesBetween(lines: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let j = from + 1; j < to; j++) if (pictureCreditAt(lines, j)) n += j - 1 > from ? 2 : 1;
  return n;
}
