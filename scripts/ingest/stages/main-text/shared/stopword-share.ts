/**
 * A line's word count and stopword share as blockFeatures reads them (lib/page-text/lines/block-features.ts:
 * the line without its directional marks, trimmed; the share over its head: headOf, stopwordShareOfHead), without
 * the rest of its features (its patterns: most of their cost). The page's stopword threshold reads
 * only these two of every long line (closingLinesOfArticle, ../../main-text.ts); tests hold them to
 * blockFeatures' own (tests/ingest/html-speed43-equivalence.test.ts).
 */
import { furnitureFeatures, headOf, stopwordShareOfHead, type BlockFeatures } from '../../../lib/page-text/lines/block-features.ts';
import { withoutDirectionalMarks } from '../../../lib/page-text/language/directional-marks.ts';
import type { Language } from '../../../lib/page-text/language/language.ts';

/**
 * `words` always; `stopwordShare` only for a line of `fromWords` words or more (NaN below, as for a
 * language without stopwords: the threshold reads no shorter line's).
 */
export function stopwordShare(text: string, language: Language, fromWords: number): Pick<BlockFeatures, 'words' | 'stopwordShare'> {
  // The same count blockFeatures reads (its furniture features), remembered for a short line.
  const { words } = furnitureFeatures(text);
  if (words < fromWords) return { words, stopwordShare: NaN };
  return { words, stopwordShare: stopwordShareOfHead(headOf(withoutDirectionalMarks(text).trim()), language) };
}
