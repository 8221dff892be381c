/**
 * File names and text for the console: control characters (C0, C1, DEL), terminal escape
 * sequences, bidi controls and Unicode's line and paragraph separators (a line break inside a name
 * to some terminals) never reach the terminal raw. They are shown as \u{…} escapes.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function printable(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}
