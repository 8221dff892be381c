/**
 * A photo's caption the page signs with the copyright mark and the photographer or agency after it:
 * "A baker at work on Monday. © Jan Berg", "… im Hafen. © NA | Jan Berg", "The old mill | © 2019 Ann
 * Lee", and a Korean caption's credit in brackets ("… 굽고 있다. [사진 = 김하늘 기자]"). The HTML path keeps captions the extractor leaves inside the article; the metadata and news
 * sets' annotators leave these out (with the German "Bild:" credit, html-furniture.ts: F1 up on 17
 * news-set and 5 metadata-set dev pages, down on none). A line of the
 * mark alone ("© Harbor Post", "© NA — used by permission") is a closing credit or a table's source
 * that some annotators keep: it is no caption (no words before the mark) and stays for other rules.
 * Used by lib/html/furniture/html-furniture.ts.
 */
import { countWords } from '../../page-text/language/text.ts';

/** The caption before the mark: at least a few words. */
const CAPTION_WORDS = 2;
/** The credit after it: a name or two, an agency, a year ("© IMAGO / Jane Doe / NA"). */
const CREDIT_CHARS = 100;
const CREDIT_WORDS = 15;
/** A credit in lower case is an agency's short name ("© dpa"); a longer one is prose. */
const LOWER_CREDIT_WORDS = 6;
/** The marks between caption and credit ("… harbour. | © Jan Berg", "… harbour (©Jan Berg)"), trimmed by hand: a pattern anchored at the end after a run is slow on long runs. */
const SEPARATORS = new Set([' ', '\t', '\n', '\u00a0', '|', '–', '—', '(', '-']);

function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && SEPARATORS.has(text[end - 1])) end--;
  return text.slice(0, end);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A Korean caption's credit in brackets at its end: "[사진 = 김하늘 기자]", "(사진=NA)", "<사진제공=NA>". */
const KOREAN_CREDIT = /[[(<]사진\s?(?:제공)?\s?=\s?[^\])>]{1,30}[\])>]$/u;

export function isCopyrightCaption(text: string): boolean {
  if (text.includes('사진')) {
    const credit = KOREAN_CREDIT.exec(text);
    return !!credit && countWords(text.slice(0, credit.index), CAPTION_WORDS) >= CAPTION_WORDS;
  }
  const at = text.lastIndexOf('©');
  // A mark glued to the letter before it is no mark: "cafÃ©" is "café" read as Latin-1.
  if (at < 0 || (at > 0 && LETTER_OR_DIGIT.test(text[at - 1]))) return false;
  const credit = text.slice(at + 1).trim().replace(/\)$/, '');
  const caption = trimSeparators(text.slice(0, at));
  if (!credit || credit.length > CREDIT_CHARS || /[!?]/.test(credit)) return false;
  if (countWords(caption, CAPTION_WORDS) < CAPTION_WORDS) return false;
  const words = countWords(credit, CREDIT_WORDS + 1);
  if (words > CREDIT_WORDS) return false;
  return /^[\p{Lu}\p{N}]/u.test(credit) || words <= LOWER_CREDIT_WORDS;
}
