/**
 * Where a text's closed brackets stand: "Song night (Only You - The Keepers)" holds one span, from "(" to
 * ")". A title separator inside one sets nothing apart (the bracket is the headline's own); an opening
 * bracket that never closes, or a closing one that never opened ("Step 2) …"), makes no span.
 */

const PAIRS: ReadonlyMap<string, string> = new Map([
  ['(', ')'], ['[', ']'], ['{', '}'],
  ['（', '）'], ['［', '］'], ['「', '」'], ['『', '』'], ['【', '】'], ['〔', '〕'], ['《', '》'], ['〈', '〉'],
]);
const CLOSERS: ReadonlySet<string> = new Set(PAIRS.values());

/** Any opening bracket of PAIRS (each one UTF-16 code unit): a text without one has no span, and is not mapped. */
export const OPENER = /[([{（［「『【〔《〈]/;
const NOWHERE = () => false;

/** Whether the code unit at each index of `text` lies inside a closed pair of brackets (one pass, a stack). */
export function insideBrackets(text: string): (index: number) => boolean {
  if (!OPENER.test(text)) return NOWHERE;
  const depthChange = new Int32Array(text.length + 1);
  const open: { at: number; closer: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const closer = PAIRS.get(ch);
    if (closer) open.push({ at: i, closer });
    else if (CLOSERS.has(ch)) {
      // Close the nearest opening of this kind; a closer with none open is text ("2)").
      let k = open.length - 1;
      while (k >= 0 && open[k].closer !== ch) k--;
      if (k >= 0) {
        depthChange[open[k].at]++;
        depthChange[i + 1]--;
        open.length = k;
      }
    }
  }
  const inside = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depth += depthChange[i];
    inside[i] = depth > 0 ? 1 : 0;
  }
  return (index) => inside[index] === 1;
}
