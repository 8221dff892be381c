/**
 * `/\s$/.test(text)`, read at the text's last character: the pattern, anchored at the end only, is
 * tried from every character of the text, and the DOM builder asks it of every text run of a page
 * (lib/html/prune/html-dom.ts), paragraphs whole.
 */
export function endsInWhitespace(text: string): boolean {
  return text.length > 0 && isWhitespaceCode(text.charCodeAt(text.length - 1));
}

/** Whether a UTF-16 code unit is `\s`, as met: 0 unknown, 1 yes, 2 no (a surrogate half is none, as for the pattern without the u flag). */
const WHITESPACE = new Uint8Array(0x10000);
function isWhitespaceCode(code: number): boolean {
  let known = WHITESPACE[code];
  if (!known) WHITESPACE[code] = known = /\s/.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}
