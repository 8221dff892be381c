/**
 * The article's first paragraph going on from the line above it: the page broke a sentence in two
 * ("As promised, the console is the" / "most powerful ever…"), so the article starts at the line
 * that opens the sentence. Used by ../../main-text.ts once the run's start is known.
 */
import type { ClassedBlock } from '../../main-text.ts';
import type { Language } from '../../../lib/page-text/language/language.ts';

/**
 * Line i breaks off a sentence that line i + 1 goes on with in lower case. A fragment stops on a
 * word no sentence ends with ("…the Xbox One X is the"); a headline or a label does not.
 */
export function continues(lines: string[], blocks: ClassedBlock[], i: number, language: Language): boolean {
  const [b, next] = [blocks[i], blocks[i + 1]];
  if (b.cls === 'bad' || next.cls === 'bad' || b.features.sentenceEnd) return false;
  // No sentence opens on a comma: the line goes on from the one above, however short (a link's words
  // the page set on a line of their own: "…its wide landscapes, its" / "seaside resorts" / ", regional …").
  if (OPENS_ON_A_COMMA.test(lines[i + 1]) && b.features.words >= 1) return true;
  if (b.features.words < 3) return false;
  const last = LAST_WORD.exec(lines[i])?.[0].toLowerCase();
  return (b.features.words >= FRAGMENT_WORDS || (!!last && language.stopwords.has(last))) && GOES_ON.test(lines[i + 1].trimStart());
}
const LAST_WORD = /(?<!\p{L})\p{L}+$/u;
/** A comma or semicolon, then a lower-case word: the rest of a sentence. */
const OPENS_ON_A_COMMA = /^\s*[,;，]\s*\p{Ll}/u;
/** Longer than a short title ("Code on the page"): a line of this many words is a sentence's part. */
const FRAGMENT_WORDS = 6;
/** A line that starts in the middle of a sentence: a lower-case word ("iPhone" and "eBay" are names). */
const GOES_ON = /^\p{Ll}{2,}(?![\p{Lu}\p{N}])/u;
