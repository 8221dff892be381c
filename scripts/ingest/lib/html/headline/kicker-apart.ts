/**
 * A kicker the page shows apart from its headline. A share or page title writes the two as one text,
 * "Harbor floods: Two ferries stay in port", while the page sets the kicker in an element of its own
 * over or before the headline, and its text reads "Harbor floods Two ferries stay in port" (a space, or
 * nothing, where the two elements meet; no colon). That line is the evidence the kicker is no part of
 * the headline the reader sees: a title with the colon that the page itself never shows.
 * Used by the headline vote (lib/html/headline/html-headline.ts), where another field gives the headline alone. On a
 * text page the same two lines are no such evidence: on the fundus set's dev pages, cutting the kicker
 * so was right on two and wrong on two (the true headline kept the kicker), so the text path keeps it.
 */

/** What sets a kicker apart in a title: a colon, a bar, a spaced dash, a spaced slash ("Harbor floods / …") or a bullet. */
export const KICKER_END = /(?::|\s[|–—•·/-])\s+/gu;
/** The most words a kicker has ("Harbor floods", "Inquiry into the port fire"). */
export const KICKER_WORDS = 6;

/** Letters and digits only, small: how two texts are compared when spacing and marks are set aside. */
const squeeze = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The kicker `titled` writes before `headline` ("Harbor floods" of "Harbor floods: Two ferries stay in
 * port" and "Two ferries stay in port"), or null when `titled` is not `headline` after a short label.
 */
export function kickerBefore(titled: string, headline: string): string | null {
  const whole = squeeze(headline);
  if (!whole) return null;
  for (const m of titled.matchAll(KICKER_END)) {
    const kicker = titled.slice(0, m.index).trim();
    if (kicker.split(/\s+/u).length > KICKER_WORDS) return null;
    if (squeeze(kicker) && squeeze(titled.slice(m.index + m[0].length)) === whole) return kicker;
  }
  return null;
}

/**
 * Whether `shown` is `titled` (kicker, separator, headline) as the page shows it with the kicker in an
 * element of its own: the same letters, without the separator `titled` sets between the two.
 */
export function showsKickerApart(shown: string, titled: string, headline: string): boolean {
  const kicker = kickerBefore(titled, headline);
  if (kicker === null) return false;
  const rest = shown.trim();
  // The separator itself is shown: the line is the title, not the two elements.
  if (kickerBefore(rest, headline) !== null) return false;
  return squeeze(rest) === squeeze(kicker) + squeeze(headline);
}

/** The fewest words of a headline read after a kicker in a heading: a shorter text is as often a label's end. */
const HEADLINE_WORDS = 4;

/**
 * Whether `shown` (a heading's text) is a kicker of a few words, then `headline` and nothing else:
 * "Storm season Ferries stay in port as winds rise", the kicker in an element of its own over the
 * headline a field states. Words are compared as the scorer of the page's fields does (letters and
 * digits, case aside), so a soft hyphen or a quote's style does not tell them apart.
 */
export function headlineAfterKicker(shown: string, headline: string): boolean {
  const own = words(headline);
  const all = words(shown);
  const kicker = all.length - own.length;
  if (own.length < HEADLINE_WORDS || kicker < 1 || kicker > KICKER_WORDS) return false;
  return all.slice(kicker).join(' ') === own.join(' ');
}

/** A text's words: runs of letters and digits, small, soft hyphens and marks aside. */
export const words = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\u00ad/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
