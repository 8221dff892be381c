/**
 * The invisible marks that only set a text's direction: the left-to-right, right-to-left and Arabic
 * letter marks (U+200E, U+200F, U+061C) and the explicit embeddings, overrides and isolates with their
 * pops (U+202A–U+202E, U+2066–U+2069). Right-to-left pages put a mark after a paragraph's full stop
 * (so that the stop shows at its left end beside a number or a Latin word) or isolate each paragraph
 * (`dir="auto"`, `<bdi>`), and the text copied from them keeps the marks. The text keeps them too
 * (they are how it was written); how a line reads — does it end in a full stop, has it sentences —
 * is asked of what its reader sees, the line without them.
 */
const DIRECTIONAL_MARK = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;
const DIRECTIONAL_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** Whether `s` holds a directional mark. */
export function hasDirectionalMark(s: string): boolean {
  return DIRECTIONAL_MARK.test(s);
}

/** `s` without its directional marks; `s` itself when it has none. */
export function withoutDirectionalMarks(s: string): string {
  return DIRECTIONAL_MARK.test(s) ? s.replace(DIRECTIONAL_MARKS, '') : s;
}

/** Whether a UTF-16 code unit is a directional mark (for readers that walk a line by its code units). */
export function isDirectionalMark(code: number): boolean {
  return code === 0x200e || code === 0x200f || code === 0x061c || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}
