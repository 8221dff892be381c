/**
 * countWords and textKey are written for speed (one pass, no regular expressions on the common
 * path): they must give exactly what their plain regular-expression definitions give, on every
 * kind of text the ingest meets — scripts, joiners, surrogate pairs, lone surrogates, CJK.
 */
import { describe, expect, it } from 'vitest';
import { countWords, textKey } from '../../scripts/ingest/lib/text.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const referenceCount = (text: string) => (text.match(CJK)?.length ?? 0) + (text.replace(CJK, ' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0);
const referenceKey = (text: string) =>
  text.toLowerCase().replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// Pieces chosen to meet every branch: ASCII letters and digits, joiners alone, doubled and at the
// ends, letters with diacritics, Cyrillic, Greek, Arabic, Devanagari (combining marks), CJK and
// kana, fullwidth digits, astral letters and digits (surrogate pairs), a lone surrogate, emoji.
const PIECES = [
  'a', 'Z', '7', ' ', '\n', "'", '’', '-', '–', '"', '“', '”', '.', ',', '(', ')', 'é', 'ß', 'İ', 'Ж', 'я', 'Ω', 'ع', 'क', 'ि', '中', '国', '豈', 'か', 'カ',
  '한', '１', '٣', '𝐀', '𝟙', '𠀀', '\ud800', '\udc00', '😀', '\u00a0', '_', "China's", 'people-to-people', "rock'n'roll", '--', "''", '2,000', 'U.S.',
];

function randomText(seed: number): string {
  let x = seed;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % PIECES.length);
  let text = '';
  const length = 1 + (seed % 40);
  for (let i = 0; i < length; i++) text += PIECES[next()];
  return text;
}

describe('countWords and textKey', () => {
  it('count as the regular expression does, on 20,000 random mixtures', () => {
    for (let seed = 1; seed <= 20_000; seed++) {
      const text = randomText(seed);
      expect(countWords(text), JSON.stringify(text)).toBe(referenceCount(text));
    }
  });

  it('key as the regular expressions do, on 20,000 random mixtures', () => {
    for (let seed = 1; seed <= 20_000; seed++) {
      const text = randomText(seed);
      expect(textKey(text), JSON.stringify(text)).toBe(referenceKey(text));
    }
  });

  it('on real lines', () => {
    for (const text of ["China's people-to-people exchanges, 2,000 km — “a first”.", '中国与葡萄牙 cooperation 2020年10月30日', 'Дмитрий Иванов сказал: «да»', '', '   ', "-'-a-'-"]) {
      expect(countWords(text)).toBe(referenceCount(text));
      expect(textKey(text)).toBe(referenceKey(text));
    }
  });
});
