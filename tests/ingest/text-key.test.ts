/**
 * textKey (lib/page-text/language/text.ts) in one pass: the same key as the Unicode-property replace it replaces, on
 * every kind of character (astral letters, lone surrogates, combining marks, case mappings that
 * change length).
 */
import { describe, expect, it } from 'vitest';
import { textKey } from '../../scripts/ingest/lib/page-text/language/text.ts';

const reference = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('textKey', () => {
  it('gives the Unicode-property replace’s key', () => {
    const pieces = ['a', 'Z', '9', ' ', '’', '“', '—', '-', 'É', 'e\u0301', 'İ', 'K', 'ß', '中', '한', 'я', '٣', '𝐀', '😀', '\ud800', '\udc00', '\u00a0', '\n', '.', '_', 'Ⅻ', '²'];
    const texts = ['', '   ', 'Plain ASCII, with punctuation!', '“Curly” — dashes’ and İstanbul', '𝐀𝐁 and 😀 emoji', 'lone \ud800 surrogate \udc00 here'];
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 3000; i++) texts.push(Array.from({ length: Math.floor(random() * 16) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
    for (const t of texts) expect(textKey(t), JSON.stringify(t)).toBe(reference(t));
  });
});
