// Session 46's text-path cuts (issue #13, item 8) answer as the forms they replace: bareName's "two to
// four words" read by one pattern from the line's start, not by splitting the whole line at white space;
// the caption's "Jane Roe, second left," pattern asked only of a line that says "left," or "right,";
// a month word's key read as its lower case when it is printable ASCII.
// On nasty, random and slot-built lines: every kind of white space, surrogates, long lines.
import { describe, expect, it } from 'vitest';
import { TWO_TO_FOUR_WORDS } from '../../scripts/ingest/lib/bylines/name-lines.ts';
import { placedAfterAName, placedAfterANameReadForTests } from '../../scripts/ingest/stages/main-text/inside/position-captions.ts';
import { monthKey, monthKeyInFull } from '../../scripts/ingest/lib/dates/month-names.ts';

/** A small deterministic generator: the same random lines on every run. */
function randomLines(seed: number, alphabet: string[], count: number, maxParts: number): string[] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * maxParts) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

// Every kind of white space `\s` and trim() read, two they do not (a zero-width space, a word joiner),
// surrogate pairs and lone halves, letters whose case folds oddly.
const SPACES = [' ', '  ', '\u00a0', '\t', '\n', '\r\n', '\v', '\f', '\u1680', '\u2000', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u2060', '\u180e'];
const ODD = ['𝐀', '😀', '\ud835', '\udc00', 'ß', 'İ', 'ſ', 'K', 'é', 'Ж', '中', '-', "'", '’', '.', ',', '!', '1', 'Ann', 'Lee', 'de', 'a'];

/** The form bareName read before: the trimmed line split at white space, two to four parts. */
const splitTwoToFour = (text: string): boolean => {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 4;
};

describe('TWO_TO_FOUR_WORDS: what splitting the trimmed line at white space gave two to four parts of', () => {
  const NASTY = [
    '', ' ', 'Ann', 'Ann Lee', 'Ann  Lee', 'Ann\tLee', 'Ann\u00a0Lee', 'Ann\ufeffLee', 'Ann\u200bLee', 'Ann\u3000Lee\u2028Roe', 'Ann Lee Roe Kim', 'Ann Lee Roe Kim Wu',
    ' Ann Lee ', '\ufeffAnn Lee\ufeff', 'A B C D', 'A B C D E', '𝐀 😀', '\ud835 \udc00', 'a \n b', `${'word '.repeat(2000)}end`, `Ann ${'x'.repeat(5000)}`, `${' '.repeat(300)}a b`,
  ];
  it('answers as the split on nasty lines, trimmed as bareName trims them', () => {
    for (const line of NASTY) {
      const text = line.trim();
      expect(TWO_TO_FOUR_WORDS.test(text), JSON.stringify(line)).toBe(splitTwoToFour(text));
    }
  });
  it('answers as the split on 30,000 random lines', () => {
    for (const line of randomLines(46, [...SPACES, ...ODD], 30000, 14)) {
      const text = line.trim();
      expect(TWO_TO_FOUR_WORDS.test(text), JSON.stringify(line)).toBe(splitTwoToFour(text));
    }
  });
  it('can tell a name from a paragraph (the test can fail)', () => {
    expect(TWO_TO_FOUR_WORDS.test('Ann Lee')).toBe(true);
    expect(TWO_TO_FOUR_WORDS.test('Ann Lee said on Monday that it rained')).toBe(false);
    expect(TWO_TO_FOUR_WORDS.test('Ann')).toBe(false);
  });
});

describe('placedAfterAName: the pattern asked only of lines that say "left," or "right,"', () => {
  const NASTY = [
    '', ',', 'left,', 'right,', 'Ann Lee, left, and Ole Berg', 'Ann Lee, second left, and Ole Berg', 'Ann Lee, far right, at the mill', 'Ann Lee, second from left, and',
    'Ann Lee, third from right, and', 'Ann Lee,  left, and', 'Ann Lee, Left, and', 'Ann Lee, LEFT, and', 'Ann Lee , left, and', '1, left, and', '𝐀, left, and', '\ud835, left,',
    'Ann Lee, left and', 'Ann Lee, lefty, and', 'Ann Lee, second  left, and', 'the left, the right, the centre', `${'a, '.repeat(3000)}left,`, `${'a, '.repeat(3000)}b`,
  ];
  it('answers as the pattern on nasty lines', () => {
    for (const line of NASTY) expect(placedAfterAName(line), JSON.stringify(line)).toBe(placedAfterANameReadForTests(line));
  });
  it('answers as the pattern on 30,000 random lines of its own words and 20,000 built in its shape', () => {
    const parts = ['Ann', 'Lee', 'é', '1', '𝐀', '\ud835', ',', ', ', ' ', '  ', 'left', 'right', 'second ', 'third ', 'far ', 'from ', 'Left', ',left', 'lef', 't,', '\u00a0'];
    // And lines built slot by slot in its shape, near misses in each slot.
    const slots = [['', 'Ann Lee', 'Lee', '1', '𝐀', '\ud835', ' '], [', ', ',', ' , ', ',  ', ''], ['', 'second ', 'third ', 'far ', 'from ', 'second from ', 'far from ', 'Second '], ['left', 'right', 'Left', 'lef', 'rights'], [',', '', ' ,', '.'], ['', ' and Ole Berg', ', left,']];
    let s = 46 >>> 0;
    const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const built = Array.from({ length: 20000 }, () => slots.map((slot) => slot[Math.floor(next() * slot.length)]).join(''));
    let matched = 0;
    for (const line of [...randomLines(4646, parts, 30000, 10), ...built]) {
      const read = placedAfterANameReadForTests(line);
      if (read) matched++;
      expect(placedAfterAName(line), JSON.stringify(line)).toBe(read);
    }
    // The random lines reach the pattern's matches, not only its misses.
    expect(matched).toBeGreaterThan(100);
  });
});

describe('monthKey: a printable ASCII word read as its lower case, as the full reading gives', () => {
  const NASTY = [
    '', ' ', 'March', 'MARCH', 'march.', 'Mar', 'Sept.', 'a b', 'a  b', 'a\tb', 'A\u00a0B', '~', '\x7f', '\x1f', 'března', 'BŘEZNA', 'Μαρτίου', 'ΜΑΡΤΙΟΥ', 'mart/mart',
    'ıocak', 'İ', 'K', 'ſ', 'ﬁ', 'مارس/آذار', 'أبريل', 'ي', 'ك', 'März', 'Ma\u0301rz', '𝐀', '\ud835', "o'clock", 'e-mail', '{}[]|\\^`',
  ];
  it('answers as the full reading on nasty words', () => {
    for (const word of NASTY) expect(monthKey(word), JSON.stringify(word)).toBe(monthKeyInFull(word));
  });
  it('answers as the full reading on 30,000 random words', () => {
    const chars = [...'aZmM.-/ \t~\x7f\x20\x21', 'é', 'ı', 'İ', 'K', 'ſ', '\u0301', 'ي', 'ك', 'أ', '\u00a0', '\u3000', '𝐀', '\ud835', 'ß', 'Ω'];
    for (const word of randomLines(464, chars, 30000, 8)) expect(monthKey(word), JSON.stringify(word)).toBe(monthKeyInFull(word));
  });
  it('gives a lower-case key (the test can fail)', () => {
    expect(monthKey('MARCH')).toBe('march');
    expect(monthKey('BŘEZNA')).toBe('brezna');
  });
});
