/**
 * One headline after two kickers: the page's <h1> shows "Storm season - Ferries stay in port", its
 * share title and <title> say "Harbor closed: Ferries stay in port". Each field set its own label
 * before the headline (a newsroom writes the kicker over the <h1> and the one in the share title
 * apart, often for different readers); the words both give after their label are the headline.
 * Used by the headline vote (lib/html/headline/html-headline.ts). Labels that share a word ("Harbor storm" and
 * "Harbor closed") are one kicker reworded, and a long part before the separator is the headline's
 * own first half: those are left to the vote.
 */
import { KICKER_END, KICKER_WORDS, kickerBefore, words } from './kicker-apart.ts';

/** The fewest words of the headline the two share: a shorter common end is as often a phrase two stories share. */
const HEADLINE_WORDS = 4;

/**
 * The headline `a` and `b` both give after a kicker of their own, as `a` writes it, or null: each a
 * short label and a separator before the same headline (letters and digits compared), the two
 * labels without a word in common.
 */
export function headlineUnderTwoKickers(a: string, b: string): string | null {
  for (const m of a.matchAll(KICKER_END)) {
    const kickerA = a.slice(0, m.index).trim();
    if (words(kickerA).length > KICKER_WORDS) return null;
    const headline = a.slice(m.index + m[0].length).trim();
    if (words(headline).length < HEADLINE_WORDS || !words(kickerA).length) continue;
    const kickerB = kickerBefore(b, headline);
    if (kickerB === null) continue;
    const own = new Set(words(kickerA));
    return words(kickerB).some((w) => own.has(w)) ? null : headline;
  }
  return null;
}
