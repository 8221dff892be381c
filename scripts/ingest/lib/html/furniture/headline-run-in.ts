/**
 * The page's headline shown again above the article with its kicker run into it: a heading that reads
 * "Harbour works «The pier will stand empty no longer»", or whose parts the markup sets side by side
 * with no space between ("Harbour worksThe pier …", the headline field's "Harbour works: The pier …").
 * The exact repeat is caught by comparing lines (html-furniture.ts); these are the headline too, and
 * every set's human-marked body leaves the headline out (measured with
 * scripts/bench/extract/census/html-kept-chrome.ts: headings above the article's first paragraph).
 */
import { withoutInvisibleMarks } from '../../safety/invisible-marks.ts';

/** A kicker is a few words ("Eskalation im Nahen Osten"); more before the headline is a sentence of its own. */
const KICKER_WORDS = 6;
/** A headline of fewer words ("Update", "Live") is too common a line to take another for it. */
const HEADLINE_WORDS = 3;
const WORD = /[\p{L}\p{N}]+/gu;
const LOWER_THEN_UPPER = /\p{Ll}$/u;
const STARTS_UPPER = /^\p{Lu}/u;

const cleaned = (text: string) => withoutInvisibleMarks(text.normalize('NFKC'));
const wordsOf = (text: string) => [...text.matchAll(WORD)];
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** Between a kicker and its headline the page sets a mark («, :, –, |) or its own box, never a bare space. */
const SET_APART = /[^\s]/u;

/**
 * Is `line` the headline with its kicker run into it, or with its parts set side by side (the same
 * letters, fewer words: "worksThe")? A heading that differs from the headline by its punctuation alone,
 * or that only adds words before it with a bare space ("Welcome to the State of AI Newsletter", "CIS
 * Cybersecurity Best Practices"), is another heading the human-marked bodies keep (metadata set, dev).
 */
export function isHeadlineRunIn(line: string, headline: string): boolean {
  const h = wordsOf(cleaned(headline)).map((m) => m[0]);
  if (h.length < HEADLINE_WORDS) return false;
  const text = cleaned(line);
  const found = wordsOf(text);
  const l = found.map((m) => m[0]);
  if (l.length < h.length && l.join('').toLowerCase() === h.join('').toLowerCase()) return true;
  const kicker = l.length - h.length;
  if (kicker <= 0 || kicker > KICKER_WORDS) return false;
  for (let i = 1; i < h.length; i++) if (!same(l[kicker + i], h[i])) return false;
  const first = l[kicker];
  if (same(first, h[0])) {
    const before = found[kicker - 1];
    return SET_APART.test(text.slice(before.index! + before[0].length, found[kicker].index!));
  }
  // "worksThe": the kicker's last word glued to the headline's first, seen where the case turns.
  if (first.length <= h[0].length || !same(first.slice(-h[0].length), h[0])) return false;
  const glued = first.slice(0, -h[0].length);
  return LOWER_THEN_UPPER.test(glued) && STARTS_UPPER.test(first.slice(-h[0].length));
}
