/**
 * Readability's _getInnerText remembered beside the element's raw text: installed on Readability's
 * prototype when this module is loaded (by readability-reading.ts, before any reading), once for all readings.
 */
import { Readability } from '@mozilla/readability';
import { innerTextLength } from './readability-speed.ts';

/**
 * Readability asks for the same element's trimmed, space-normalised text again and again (scoring,
 * link density, every cleaning pass), each time trimming and normalising it anew. The DOM remembers
 * an element's raw text (lib/html/prune/html-dom.ts); its normalised text is remembered beside it, and used only
 * while the raw text is still the same, so the answer is always the one Readability computes.
 */
type InnerTextMemo = { from: string; trimmed: string; normalized?: string };
const readabilityProto = Readability.prototype as unknown as {
  _getInnerText(e: { textContent: string; _innerText?: InnerTextMemo; _shape?: object }, normalizeSpaces?: boolean): string;
  REGEXPS: { normalize: RegExp };
};
readabilityProto._getInnerText = function (this: typeof readabilityProto, e, normalizeSpaces = true) {
  const text = e.textContent;
  let memo = e._innerText;
  if (!memo || memo.from !== text) e._innerText = memo = { from: text, trimmed: text.trim() };
  if (!normalizeSpaces) return memo.trimmed;
  if (memo.normalized !== undefined) return memo.normalized;
  // Normalising turns each run of two whitespace characters or more into one space, so it shortens
  // the text whenever it changes it. When the element's text shape is known already (remembered for
  // link density, forgotten with the text: lib/html/article/readability-speed.ts), its normalised length
  // says whether there is a run to replace, without scanning the text again.
  const unchanged = e._shape !== undefined && innerTextLength(e as never) === memo.trimmed.length;
  return (memo.normalized = unchanged ? memo.trimmed : memo.trimmed.replace(this.REGEXPS.normalize, ' '));
};
