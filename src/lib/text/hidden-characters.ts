/**
 * Text from outside the site shown for what it is: characters that change how the rest of it reads
 * or hide themselves are written as their code point, never as they would like to look. A file name
 * is chosen by whoever saved the file, and a page's words by whoever wrote the page.
 *
 * One mechanism, two audiences:
 * - a page (fileNameText): bidi controls and marks, line breaks, C0/C1 controls, zero-width and other
 *   format characters but the joiners, written "[U+202E]";
 * - the console (printable): control characters (C0, C1, DEL: terminal escape sequences start with
 *   one), bidi controls and marks, Unicode's line and paragraph separators (a line break to some
 *   terminals), written "\u{1b}", as a string literal would.
 */

// The zero-width joiner and non-joiner are left: Persian words and emoji sequences need them.
const HIDDEN_ON_A_PAGE = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const UNSAFE_ON_A_CONSOLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const codePoint = (c: string) => c.codePointAt(0)!.toString(16);

/** A file name as a page shows it: "report[U+202E]txt.exe". */
export function fileNameText(name: string): string {
  return name.replace(HIDDEN_ON_A_PAGE, (c) => `[U+${codePoint(c).toUpperCase().padStart(4, '0')}]`);
}

/** File names and text for the console: "report\u{202e}txt.exe". */
export function printable(text: string): string {
  return text.replace(UNSAFE_ON_A_CONSOLE, (c) => `\\u{${codePoint(c)}}`);
}
