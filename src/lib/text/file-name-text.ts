/**
 * A file name as a page may show it: characters that change how the rest of the name reads or hide
 * themselves (bidi controls and marks, line breaks, C0/C1 controls, zero-width and other format
 * characters but the joiners) are written as their code point, "[U+202E]"; the rest as it is. A name is chosen by
 * whoever saved the file, so it is shown for what it is, never as it would like to look.
 */
// The zero-width joiner and non-joiner are left: Persian words and emoji sequences need them.
const HIDDEN = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

export function fileNameText(name: string): string {
  return name.replace(HIDDEN, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}
