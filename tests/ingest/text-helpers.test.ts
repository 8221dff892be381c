/**
 * countWords, textKey and phraseHashes are written for speed (one pass, no regular expressions on the common
 * path): they must give exactly what their plain regular-expression definitions give, on every
 * kind of text the ingest meets — scripts, joiners, surrogate pairs, lone surrogates, CJK.
 */
import { describe, expect, it } from 'vitest';
import { countWords, textKey } from '../../scripts/ingest/lib/page-text/language/text.ts';
import { phraseHashes } from '../../scripts/ingest/lib/facts/phrases.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const referenceCount = (text: string) => (text.match(CJK)?.length ?? 0) + (text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu)?.length ?? 0);
const referenceKey = (text: string) =>
  text.toLowerCase().replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// Pieces chosen to meet every branch: ASCII letters and digits, joiners alone, doubled and at the
// ends, letters with diacritics, Cyrillic, Greek, Arabic, Devanagari (combining marks), CJK and
// kana, fullwidth digits, astral letters and digits (surrogate pairs), a lone surrogate, emoji.
const PIECES = [
  'a', 'Z', '7', ' ', '\n', "'", '’', '-', '–', '"', '“', '”', '.', ',', '(', ')', 'é', 'ß', 'İ', 'Ж', 'я', 'Ω', 'ع', 'क', 'ि', '中', '国', '豈', 'か', 'カ',
  '한', '１', '٣', '𝐀', '𝟙', '𠀀', '\ud800', '\udc00', '😀', '\u00a0', '_', "China's", 'people-to-people', "rock'n'roll", '--', "''", '2,000', 'U.S.',
];

const ASCII_PIECES = PIECES.filter((p) => /^[\x00-\x7f]+$/.test(p));

function randomText(seed: number, pieces = seed % 3 ? PIECES : ASCII_PIECES): string {
  let x = seed;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % pieces.length);
  let text = '';
  const length = 1 + (seed % 40);
  for (let i = 0; i < length; i++) text += pieces[next()];
  return text;
}

// phraseHashes as first written: stems by two regular expressions, hashes the joined phrase.
function referencePhraseHashes(paragraphs: { text: string }[]): Float64Array {
  const STOP = new Set('the and for its has are was not but who all can our as of in on to a an by at is be or it we he she his her that this with from have been were will would could should their there they them than then also into about which while where when what more most such other some over only said says told'.split(' '));
  const hash53 = (text: string) => {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193);
    }
    return (h1 >>> 0) * 2 ** 21 + ((h2 >>> 0) >>> 11);
  };
  const words = (paragraphs.map((p) => p.text).join(' ').toLowerCase().match(/\p{L}[\p{L}-]+/gu) ?? [])
    .filter((w) => !STOP.has(w))
    .map((w) => w.replace(/ies$/, 'y').replace(/(?:ing|ed|es|s)$/, ''));
  const hashes = new Float64Array(Math.max(0, words.length - 1));
  for (let i = 0; i + 1 < words.length; i++) hashes[i] = hash53(words[i] + ' ' + words[i + 1]);
  hashes.sort();
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[n++] = hashes[i];
  return hashes.slice(0, n);
}

const WORDS = 'the cities studies study studied studying released releases release boxes box es ing s ies is was ministries talking talked sea-based Éclairs übers naïves Zhōngguó ministry'.split(' ');

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

  it('phrase hashes as the regular expressions and joined phrases gave them', () => {
    for (let seed = 1; seed <= 3_000; seed++) {
      let x = seed;
      const next = (n: number) => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
      const paragraphs = Array.from({ length: 1 + next(3) }, () => ({ text: Array.from({ length: next(30) }, () => (next(4) ? WORDS[next(WORDS.length)] : randomText(x))).join(' ') }));
      expect([...phraseHashes(paragraphs)], JSON.stringify(paragraphs)).toEqual([...referencePhraseHashes(paragraphs)]);
    }
  });

  it('on real lines', () => {
    for (const text of ["China's people-to-people exchanges, 2,000 km — “a first”.", '中国与葡萄牙 cooperation 2020年10月30日', 'Дмитрий Иванов сказал: «да»', '', '   ', "-'-a-'-"]) {
      expect(countWords(text)).toBe(referenceCount(text));
      expect(textKey(text)).toBe(referenceKey(text));
    }
  });
});
