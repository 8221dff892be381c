/**
 * "Stuttgart hat's drauf" / ":" / "Stadt der Superlative": the page sets its kicker, the colon and its
 * headline in elements of their own, which innerText writes as three lines. The headline as the page
 * writes it is the three joined ("Stuttgart hat's drauf: Stadt der Superlative"), as a kicker run into
 * its headline takes the colon the page writes between them elsewhere (title.ts colonFormOf). A colon
 * alone on a line says nothing else; the kicker over it is a short line that ends no sentence, in
 * the case of a title or a sentence.
 */

/** How many words a kicker has at most. */
const KICKER_WORDS = 8;
/** A colon, alone on its line (full width in CJK text). */
const COLON_ALONE = /^[:：]$/u;
/** A line that ends a sentence or introduces what follows: no kicker. */
const NO_KICKER_END = /[.!?。！？:：;]$/u;

/** The headline at line `i` with the kicker set over it past a colon alone on its line, or null. */
export function kickerOverColon(headline: string, lines: readonly string[], i: number): { headline: string; kicker: string } | null {
  const colon = nearestTextAbove(lines, i);
  if (colon < 0 || !COLON_ALONE.test(lines[colon].trim())) return null;
  const k = nearestTextAbove(lines, colon);
  if (k < 0) return null;
  const kicker = lines[k].trim();
  const words = kicker.split(/\s+/).length;
  // A kicker in capitals is a label the page styles so ("ONLINEVERSAND AUS FERNOST"): no title is
  // written so, and the headline under it stands alone.
  if (words > KICKER_WORDS || NO_KICKER_END.test(kicker) || !/\p{Ll}/u.test(kicker)) return null;
  const h = headline.trim();
  // Already the kicker's: the page wrote the headline whole (a share line, a copy).
  if (h.toLowerCase().startsWith(kicker.toLowerCase())) return null;
  return { headline: `${kicker}: ${h}`, kicker };
}

/** The nearest line above line `i` with text on it, or -1. */
function nearestTextAbove(lines: readonly string[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (lines[j].trim()) return j;
  return -1;
}
