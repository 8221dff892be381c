/**
 * A kicker the page shows apart from its headline. A share or page title writes the two as one text,
 * "Harbor floods: Two ferries stay in port", while the page sets the kicker in an element of its own
 * over or before the headline, and its text reads "Harbor floods Two ferries stay in port" (a space, or
 * nothing, where the two elements meet; no colon). That line is the evidence the kicker is no part of
 * the headline the reader sees: a title with the colon that the page itself never shows.
 * Used by the HTML path (lib/html/html-headline.ts) and the text path (lib/page-text/headline.ts).
 */

/** What sets a kicker apart in a title: a colon, a bar, a spaced dash or a bullet. */
const KICKER_END = /(?::|\s[|–—•·-])\s+/gu;
/** The most words a kicker has ("Harbor floods", "Inquiry into the port fire"). */
const KICKER_WORDS = 6;

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


/** The lines around a text page's headline where the page writes it again (its share form, its heading). */
const SHOWN_AGAIN_REACH = 4;
/** Longer lines are no headline's: they are left as they are (and the tail search stays cheap). */
const MAX_HEADLINE_CHARS = 300;

/**
 * The headline line of a text page (`headlineLine`, line `at` of `lines` or what is left of it) without the kicker the page shows apart from it. Two lines near each
 * other tell it: "Harbor floods: Two ferries stay in port" (the title form, the kicker set off by a
 * colon) and "Harbor floods Two ferries stay in port" or "Harbor floodsTwo ferries stay in port" (the
 * page's heading, the kicker in an element of its own). Whichever of the two is the headline line, the
 * headline is the part after the kicker, as the line writes it. Null when no line near it says so.
 */
export function withoutKickerShownApart(headlineLine: string, lines: readonly string[], at: number): { headline: string; kicker: string } | null {
  const line = headlineLine.trim();
  if (!line || line.length > MAX_HEADLINE_CHARS) return null;
  for (let j = Math.max(0, at - SHOWN_AGAIN_REACH); j <= at + SHOWN_AGAIN_REACH && j < lines.length; j++) {
    const other = lines[j].trim();
    if (j === at || !other || other.length > MAX_HEADLINE_CHARS) continue;
    // The headline line is the titled form: the other line shows its two parts without the separator.
    for (const [kicker, headline] of kickerSplits(line)) if (showsKickerApart(other, line, headline)) return { headline, kicker };
    // The headline line is the shown form: the other line is the title that sets the kicker off.
    for (const [kicker, headline] of kickerSplits(other)) {
      if (!showsKickerApart(line, other, headline)) continue;
      const tail = tailReading(line, headline);
      if (tail) return { headline: tail, kicker: line.slice(0, line.length - tail.length).trim() };
    }
  }
  return null;
}

/** Each way `titled` parts into a short kicker and the rest at a separator. */
function kickerSplits(titled: string): [string, string][] {
  const splits: [string, string][] = [];
  for (const m of titled.matchAll(KICKER_END)) {
    const kicker = titled.slice(0, m.index).trim();
    if (kicker.split(/\s+/u).length > KICKER_WORDS) break;
    const rest = titled.slice(m.index + m[0].length).trim();
    if (squeeze(kicker) && squeeze(rest)) splits.push([kicker, rest]);
  }
  return splits;
}

/**
 * The end of `line` that reads as `headline` does (letters and digits alike), and opens on the same
 * character: a kicker's closing quote before it ("“It begins soon”Two ferries…") stays the kicker's.
 * Null if none.
 */
function tailReading(line: string, headline: string): string | null {
  const want = squeeze(headline);
  const first = headline.trim()[0];
  for (let i = 1; i < line.length; i++) {
    const tail = line.slice(i);
    const squeezed = squeeze(tail);
    if (squeezed.length < want.length) return null;
    if (squeezed === want && tail[0] === first) return tail.trim();
  }
  return null;
}

/**
 * "Harbor floods" / ":" / "Two ferries stay in port": a kicker, the colon and the headline, each an
 * element of its own, each a line of the page's text. The page shows the three as one headline: it is
 * "Harbor floods: Two ferries stay in port", the colon written as the page writes it. Null unless the
 * line over the headline line is a colon alone, and the one over that a kicker's few words with no
 * sentence's end.
 */
export function kickerOverColonLine(headlineLine: string, lines: readonly string[], at: number): string | null {
  if (at < 2 || !/^[:：]$/u.test(lines[at - 1].trim())) return null;
  const kicker = lines[at - 2].trim();
  const words = kicker.split(/\s+/u).length;
  if (!squeeze(kicker) || words > KICKER_WORDS || /[.!?。！？:：]$/u.test(kicker)) return null;
  return `${kicker}${lines[at - 1].trim()} ${headlineLine.trim()}`;
}
