// The fast forms of the text path's word reading give what the patterns they replace give, on nasty text.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXT, endsWithContextWord, FIGURE, figureMatches, mayHoldFigure } from '../../scripts/ingest/stages/figures.ts';
import { contentTerms, detectLanguage, wordsOf } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { unwrapHardWrapped } from '../../scripts/ingest/stages/segment.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { countWords, endsLikeSentence } from '../../scripts/ingest/lib/page-text/language/text.ts';
import { stopwordCount } from '../../scripts/ingest/lib/page-text/language/language.ts';

const english = detectLanguage('The talks between the two countries will resume on Monday, and the ministers said they were hopeful about the results of the new agreement on science and technology.');
const NASTY = [
  "China's people-to-people don’t 1'abc a'b'c x''abc rock'n'roll it's2019 l'été",
  'İstanbul ΣΟΦΟΣ Straße ﬁnancial Ǆemal ǅemal ǆemal',
  'Москва объявила о новом соглашении; 東京 and 서울 too',
  'Math 𝐀𝐁𝐂 bold and emoji 😀 between words, ‘quoted’ and “double”',
  '  tabs\tand\u00a0non-breaking  spaces\u2003em space  ',
  '',
];

describe('contentTerms read in place', () => {
  it('gives the terms, in order, that the pattern gives', () => {
    for (const text of NASTY) {
      const expected = new Set(wordsOf(text).filter((w) => w.length >= 3 && !english.stopwords.has(w)));
      expect([...contentTerms(text, english)]).toEqual([...expected]);
      expect([...contentTerms(text, english, text.toLowerCase())]).toEqual([...expected]);
    }
  });
});

describe('unwrapHardWrapped whitespace', () => {
  it('trims each line and makes every run of whitespace one space, as the pattern does', () => {
    const text = NASTY.join('\n') + '\n a  b \n\tc\u00a0d\n e f ';
    const expected = text.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter(Boolean);
    expect(unwrapHardWrapped(text, new Report('t'))).toEqual(expected);
  });
});

describe('stopwordCount read in place and down a trie', () => {
  const reference = (text: string, stopwords: ReadonlySet<string>) => {
    const words = wordsOf(text);
    return { tokens: words.length, stops: words.filter((w) => stopwords.has(w)).length };
  };
  // Odd entries too: an apostrophe first, two apostrophes, digits, capitals (no lower-cased word is one).
  const odd = new Set([...english.stopwords, 'a', 'ab', 'the', 'tho', 'on', 'do', 'no', "don't", "o'clock", "'s", "rock'n'roll", 'a1', '2019', 'ABC', 'abc', 'été', 'the', 'straße']);
  const random = (seed: number) => {
    // Half the texts ASCII only (read down the trie), half not (read in place).
    const alphabet = seed % 2 ? "aAbBtThHeEoOnNdDsS 0129'-.," : "aAbBtThHeE 0129'’-.,é\u00a0İ";
    let s = '';
    for (let i = 0; i < 80; i++) s += alphabet[(seed = (seed * 1103515245 + 12345) % 2147483648) % alphabet.length];
    return s;
  };
  it('counts the words and stopwords that the pattern finds, on nasty and random text', () => {
    const texts = [...NASTY, "THE The the tHe Don't DON'T don't o'clock 'S ABC abc A1 2019 the'", ...Array.from({ length: 300 }, (_, i) => random(i + 1))];
    for (const stopwords of [english.stopwords, odd, new Set<string>()]) {
      for (const text of texts) expect(stopwordCount(text, stopwords), text).toEqual(reference(text, stopwords));
    }
  });
});

describe('the figures stage prechecks', () => {
  // Every line of the real seeds and the fixtures, nasty text, and random text of the patterns' letters.
  const corpus = [...NASTY, ...realText()];
  const random = (seed: number, alphabet: string, length: number) => {
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[(seed = (seed * 1103515245 + 12345) % 2147483648) % alphabet.length];
    return s;
  };
  it('let through every sentence FIGURE finds a number in', () => {
    const texts = [...corpus, 'ſix ſeven', 'SIX', 'twenty-one', 'Twelve', 'x2', '２', 'a dozen', 'Fifteen.', ...Array.from({ length: 400 }, (_, i) => random(i + 7, 'twoheruivsxnglfdzy ſ-–.,1%', 40))];
    for (const text of texts) if ([...text.matchAll(FIGURE)].length) expect(mayHoldFigure(text), text).toBe(true);
  });
  it('find FIGURE\'s matches where the unanchored search finds them, tried only where one can start', () => {
    const words = ['more than', 'MORE THAN', 'over', 'Over', 'nearly', 'about', 'around', 'approximately', 'at least', 'up to', 'some', 'ſome', 'close to', 'fewer than', 'less than', 'under', 'above', 'below', 'as many as', 'two', 'Two', 'TWENTY', 'twenty-one', 'ſix', 'seven', 'hundred', 'dozen', 'ten', 'thousand', 'million', 'per cent', 'percent'];
    const bits = [...words, '1', '12', '1,000', '1,234.5', '3.5', '7', '%', ' ', '  ', '\u00a0', '-', '–', ' to ', '.', ',', '/', 'x', 'é', 'K', 'İ', 'ı', 'é1', 'a', 'Z', '９', '\ud835\udc00', '😀', '(', '"'];
    const texts = [...corpus, 'ſix ſeven', 'over 12,000,000 people', 'x2 3x 4', 'a1 2', 'é5 people', 'some-5', '5-10 million', 'two to three thousand', 'Kelvin 5'];
    let seed = 11;
    for (let i = 0; i < 20000; i++) {
      let text = '';
      const length = (seed = (seed * 1103515245 + 12345) % 2147483648) % 9;
      for (let j = 0; j < length; j++) text += bits[(seed = (seed * 1103515245 + 12345) % 2147483648) % bits.length];
      texts.push(text);
    }
    const shape = (m: RegExpMatchArray) => [m.index, ...m];
    for (const text of texts) expect(figureMatches(text).map(shape), JSON.stringify(text)).toEqual([...text.matchAll(FIGURE)].map(shape));
  });
  it('let through every text CONTEXT matches', () => {
    const texts = [...corpus.map((t) => t.slice(0, 60) + ' '), 'relations with ', 'users in  ', 'cooperation among\u00a0', 'x-with ', 'Xwith ', 'more With ', 'a covering\t', 'a uncovering ', ...Array.from({ length: 400 }, (_, i) => random(i + 3, 'withnfroamgcsvX- \u00a0\t', 24))];
    for (const text of texts) if (CONTEXT.exec(text)) expect(endsWithContextWord(text), JSON.stringify(text)).toBe(true);
  });
});

/** The lines of the five real seeds and of the test fixtures' text files. */
function realText(): string[] {
  const lines: string[] = [];
  for (const dir of ['seeds', 'tests/fixtures']) {
    for (const file of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (file.isFile() && /\.(?:txt|md)$/.test(file.name)) lines.push(...readFileSync(join(file.parentPath, file.name), 'utf8').split('\n'));
    }
  }
  return lines;
}

describe('endsLikeSentence read from the end', () => {
  it('answers as the end-anchored pattern does, on nasty and random text', () => {
    const pattern = (text: string) => /[.!?…。！？]["'”’)\]」』]*$/.test(text.trim());
    let seed = 11;
    const random = () => {
      let s = '';
      const alphabet = 'a .!?…。！？"\'”’)]」』\n\t\u00a0';
      for (let i = 0; i < 12; i++) s += alphabet[(seed = (seed * 1103515245 + 12345) % 2147483648) % alphabet.length];
      return s;
    };
    for (const text of [...NASTY, 'Done.', 'Done.”', 'Done.” ', '"Why?")', 'x)', '。', '', ' ', ...Array.from({ length: 2000 }, random)]) expect(endsLikeSentence(text), JSON.stringify(text)).toBe(pattern(text));
  });
});

describe('countWords with atMost', () => {
  it('gives min(words, atMost): the same answer to "are there so many words?"', () => {
    for (const text of [...NASTY, '一二三四五六', 'a b c d e f g', "don't stop-me now 2019"]) {
      const all = countWords(text);
      for (const atMost of [1, 2, 3, 5, 8]) expect(countWords(text, atMost), `${text} ${atMost}`).toBe(Math.min(all, atMost));
    }
  });
});
