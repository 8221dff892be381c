/**
 * splitSentences reads the end of the sentence so far by hand (lib/page-text/language/sentences.ts):
 * held here to the patterns it stands for, the splitter as it was written with them, on nasty and
 * random text.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';

const ABBREVIATIONS = new Set(
  ['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'rev', 'hon', 'dept', 'univ', 'approx', 'est', 'fig', 'vol', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m'],
);
const BREAK = /(?<![.!?])([.!?]+)(["'”’)\]]*)(\s+|(?=[“"‘(]?[A-Z]))(?=[“"‘(\[]?[\p{Lu}\p{Lo}0-9])/gu;
const CJK_BREAK = /(?<=[。！？][”」』）]?)(?=[^”」』）\s])/u;

/** The splitter with its end-anchored patterns, as it was. */
function patternSplit(paragraph: string): string[] {
  const text = paragraph.trim();
  if (!text) return [];
  if (/[。！？]/.test(text)) return text.split(CJK_BREAK).flatMap(splitLatin);
  return splitLatin(text);
}
function splitLatin(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    const end = m.index + m[1].length + m[2].length;
    if (!isBoundary(text.slice(start, m.index), m[1], m[3] === '', text.slice(end))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
function isBoundary(before: string, punct: string, fused: boolean, after: string): boolean {
  if (punct !== '.') return !fused || /[a-z]{2}$/.test(before);
  const lastWord = /(?<![A-Za-z.])([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
  if (ABBREVIATIONS.has(lastWord.toLowerCase())) return false;
  if (/^[A-Z]$/.test(lastWord)) return false;
  if (/(?:^|[^\p{L}\p{M}])\p{Lu}$/u.test(before)) return false;
  if (/\b(?:[A-Za-z]\.){1,}[A-Za-z]$/.test(before)) return false;
  if (/\d$/.test(before) && /^\d/.test(after)) return false;
  if (fused) return /[a-z]{2}$/.test(before) && /^[“"‘(]?[A-Z][a-z]/.test(after);
  return true;
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('splitSentences read from the end by hand', () => {
  it('splits fixed nasty text as the patterns did', () => {
    const fixed = [
      'The U.S. officials met. They left.', 'Mr. Smith went to Washington. He stayed.', 'It rose 3.5 percent. Then fell.', 'J. Smith and S. Korea. Both.',
      'global issues.China will act.', 'Xinhua.net reported. More.', 'S.Korea said so.', 'a.b.c.D. Next one.', '_a.B. Next.', '9a.B. Next.', 'é.B. Next.',
      'x.Y.z. Next.', 'Go to e.g. Paris. Now.', 'He said "no." She agreed.', 'Wait... What? Yes! No.', '. A', 'A. B. C. D.', '..A. B', 'i.e. This. That.',
      'Temps 1.5. 2.5 later.', 'END.3 more', 'Ab.Cd. Ef.', '中文句子。第二句！第三句？ And more. Yes.',
    ];
    for (const text of fixed) expect(splitSentences(text), text).toEqual(patternSplit(text));
  });

  it('splits random text of letters, stops, digits and spaces as the patterns did', () => {
    const next = random(37);
    const parts = ['a', 'b', 'Z', 'U', 'S', 'mr', 'Mr', 'e.g', 'U.S', '.', '.', '. ', ' ', '  ', '!', '?', '"', '”', ')', '(', '3', '5', '_', 'é', 'Ä', 'the', 'The', 'China', 'x.Y', '\n', '。'];
    for (let i = 0; i < 20000; i++) {
      let text = '';
      const length = 1 + Math.floor(next() * 14);
      for (let j = 0; j < length; j++) text += parts[Math.floor(next() * parts.length)];
      expect(splitSentences(text), JSON.stringify(text)).toEqual(patternSplit(text));
    }
  });
});
