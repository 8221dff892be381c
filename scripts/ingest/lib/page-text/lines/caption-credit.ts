/**
 * A photo's caption with its credit run onto the same line: "The mayor in the harbour on Sunday.
 * Jane Roe/Harbor Wire", "… on Sunday. | Jane Roe/Agency via Picture Desk", "… festgenommen.
 * (Foto: Jane Roe)". A caption is a sentence; the credit after it names a photographer or an
 * agency. Such a line shares the article's words as its headline does and often stands right over
 * the byline or the date, but a headline never ends on a credit.
 */
import { isPhotoCredit } from '../headline/title.ts';

/** How many words a credit after its caption has at most. */
const CREDIT_WORDS = 10;
/** How many words the caption before a bare name has at least ("… lost 30 pounds. Jane Roe"). */
const CAPTION_BEFORE_NAME = 8;

/**
 * Where a sentence of the caption ends and a credit may start: a full stop, a question or an
 * exclamation after a lower-case letter or a figure (not an initial: "J.J. Roe"), then a space, or a
 * bar between the two.
 */
const SENTENCE_THEN_TAIL = /[\p{Ll}\p{N})”"'’][.!?]["'”’)]*\s+(?:\|\s+)?/gu;
/** Capitalised words (initials too) joined by a slash: "Jane Roe/Harbor Wire", "AGENCY/ J.J. Roe". */
const SLASHED_NAMES = /^[\p{Lu}][\p{L}.'’&-]*(?:\s+[\p{Lu}][\p{L}.'’&-]*)*\s*\/\s*[\p{Lu}][\p{L}.'’&-]*/u;
/** A credit's words: capitalised, a slash, or a short joining word ("via", "for", "and"). */
const CREDIT_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*\/?|\/|[\p{Ll}]{1,4}|[\p{Lu}][\p{L}.'’&-]*\/[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*)$/u;
/** A photographer's name (first and last, perhaps an initial between; not "The Times"), a slash, an agency: "Jane Roe/Agency". */
const PHOTOGRAPHER_SLASH = /^(?!(?:The|A|An)\s)\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+\s*\/\s*\p{Lu}/u;
/** A bracketed tail at the line's end, after some words. */
const BRACKETED_TAIL = /\s\(([^()]{3,80})\)$/u;
/** Two to four capitalised words and nothing else: a photographer's name. */
const BARE_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3}$/u;

/** Does the line end on a photo's credit after a sentence of caption? */
export function endsOnPhotoCredit(line: string): boolean {
  const text = line.trim();
  // "… at the harbour (Photos: Jane Roe/Agency)": a credit in brackets, its label inside.
  const bracketed = BRACKETED_TAIL.exec(text);
  if (bracketed && bracketed.index > 0 && isPhotoCredit(bracketed[1], bracketed[1].split(/\s+/).length) && !bracketed[1].startsWith('(')) return true;
  // "… designed to prioritize quality of life | Jane Roe/Agency via AFP": a caption with no full stop,
  // a bar, then a photographer's name (two words at least) and an agency after a slash.
  if (text.includes('/') && text.includes(' | ')) {
    const bar = text.lastIndexOf(' | ');
    const tail = text.slice(bar + 3);
    const words = tail.split(/\s+/).filter(Boolean);
    // A caption is a long line: a headline's site or section after a bar follows a shorter one.
    const caption = text.slice(0, bar).split(/\s+/).length >= CAPTION_BEFORE_NAME;
    if (caption && words.length <= CREDIT_WORDS && PHOTOGRAPHER_SLASH.test(tail) && words.every((w) => CREDIT_WORD.test(w))) return true;
  }
  for (const m of text.matchAll(SENTENCE_THEN_TAIL)) {
    const tail = text.slice(m.index + m[0].length);
    const head = text.slice(0, m.index + 2);
    if (creditTail(tail, head)) return true;
  }
  return false;
}

function creditTail(tail: string, head: string): boolean {
  const words = tail.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > CREDIT_WORDS) return false;
  // In brackets, the credit says so inside ("(Photo: Jane Roe)"): a bracketed aside ("(A Guide)") is none.
  if (tail.startsWith('(')) {
    const inner = tail.replace(/^\(|\)$/g, '');
    return !inner.startsWith('(') && isPhotoCredit(inner, words.length) && !/^\(.*\)$/u.test(inner);
  }
  if (isPhotoCredit(tail, words.length)) return true;
  if (SLASHED_NAMES.test(tail) && words.every((w) => CREDIT_WORD.test(w))) return true;
  // A name alone after a full stop: only after a caption's long sentence, ended on a word, not on an
  // abbreviation ("… Trans Rep. Jane Roe", "Ships vs. Boats") nor on a question ("… Rates? Clear Answer").
  return BARE_NAME.test(tail) && head.split(/\s+/).length >= CAPTION_BEFORE_NAME && /[\p{L}\p{N}]{4}\.$/u.test(head);
}
