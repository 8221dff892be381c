/**
 * "Texas State Capitol" / "TEXAS" / "Voters pass increase for retired teachers, but shortfalls loom" /
 * "by: Jane Roe": a short line (a picture's caption, a button's label, a kicker) over the page's
 * section label of one word, set right over the headline with its header under it. The chooser may
 * take the short line (its few words are the article's as much as the headline's many are); the one-word
 * label between keeps headline-under-its-kicker.ts from seeing the pair. The label is then the kicker
 * that rule asks for: the headline is the line under it when that rule takes it from the label.
 *
 * Guard: a short headline with a one-word line under it and a line under that ("Wahl im Tal" /
 * "Kommentar" / "Die Bürgermeisterin muss jetzt liefern." / "Jane Roe"): the line under the label must
 * be a headline with its header under it, longer than the label by some words and no sentence
 * (headline-under-its-kicker.ts), and the short line no longer than KICKER_WORDS, with no sentence's end.
 */

/** How many words the short line over the label has at most. */
const KICKER_WORDS = 4;
/** A sentence's end, a label's colon: no kicker ends so. */
const KICKER_END = /[.。…!?！？:：;]["'”’)\]]*$/u;

const wordsOf = (line: string) => line.trim().split(/\s+/).filter(Boolean).length;

/**
 * The headline two lines under `chosen` when `chosen` is a short kicker-shaped line (`kickerLine`) over
 * a one-word section label (`labelLine`) and `underKicker(label)` takes the line under that label for
 * the headline (headline-under-its-kicker.ts); else `chosen`.
 */
export function headlineUnderAKickerAndLabel(lines: readonly string[], chosen: number, kickerLine: (i: number) => boolean, labelLine: (i: number) => boolean, underKicker: (i: number) => number): number {
  const label = chosen + 1;
  if (chosen < 0 || label + 1 >= lines.length) return chosen;
  const kicker = lines[chosen].trim();
  if (wordsOf(kicker) > KICKER_WORDS || KICKER_END.test(kicker)) return chosen;
  if (wordsOf(lines[label]) !== 1 || !labelLine(label) || !kickerLine(chosen)) return chosen;
  return underKicker(label) === label + 1 ? label + 1 : chosen;
}
