/** Small text helpers for quoting sources. */

/** Split `sentence` around the first occurrence of `part`, for highlighting it; case-insensitive. */
export function splitAround(sentence: string, part: string): [string, string, string] {
  const i = part ? sentence.toLowerCase().indexOf(part.toLowerCase()) : -1;
  if (i < 0) return [sentence, '', ''];
  return [sentence.slice(0, i), sentence.slice(i, i + part.length), sentence.slice(i + part.length)];
}

/** Shorten to about `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,;:]+$/, '') + '…';
}
