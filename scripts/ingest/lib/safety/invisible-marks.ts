/**
 * Marks no reader sees: a soft hyphen (set by newsrooms in long words, so that a narrow column can
 * break them), a zero-width space, a word joiner, a byte-order mark. The decode stage takes them out
 * of every seed's text (stages/decode.ts); the HTML path out of the page's headline fields and the
 * lines it compares with them (lib/html/headline/html-headline.ts, lib/html/furniture/html-furniture.ts).
 * Not the zero-width joiner and non-joiner: some scripts write words with them (decode drops only
 * stray ones).
 */
export const INVISIBLE_MARKS = /[\u00ad\u200b\u2060\ufeff]/g;

/** `s` without the marks no reader sees (INVISIBLE_MARKS). */
export const withoutInvisibleMarks = (s: string) => s.replace(INVISIBLE_MARKS, '');
