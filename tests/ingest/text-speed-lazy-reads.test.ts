// The text path's per-line work cut back in session 39 (issue #13, item 8) gives what it gave before:
// prechecks and bounded counts against the forms they replace, on nasty and random lines, and the
// page's lower-case words read only when a site owner's name is weighed.
import { describe, expect, it } from 'vitest';
import { isProse } from '../../scripts/ingest/stages/segment.ts';
import { isMarkedAuthorsLine, listOfFullNames, lowerCaseWords, namesWithAffiliationMarks } from '../../scripts/ingest/lib/bylines/name-lines.ts';
import { blogTitleOwner, copyrightOwner, mastheadOwner } from '../../scripts/ingest/lib/bylines/site-owner.ts';
import { countWords, endsLikeSentence } from '../../scripts/ingest/lib/page-text/language/text.ts';

/** A small deterministic generator: the same random lines on every run. */
function randomLines(seed: number, alphabet: string, count: number, maxLength: number): string[] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * maxLength) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

const words = (n: number, end = '') => Array.from({ length: n }, (_, i) => `word${i}`).join(' ') + end;

const NASTY = [
  '',
  ' ',
  words(14, '.'),
  words(15, '.'),
  words(15, '. '),
  words(15),
  words(40, '?”'),
  `• ${words(16, '.')}`,
  `- ${words(16, '.')}`,
  `${words(15, '.')}\u200f`,
  'ทดสอบภาษาไทย '.repeat(20) + '.',
  '東京 '.repeat(20) + '。',
  "people-to-people rock'n'roll don’t ".repeat(6) + '!',
  'Jane Roe 1, John Doe 2, Ann Lee 1,*',
  'Jane Roe1, John Doe2 and Ann Lee*',
  'Jane Roe †, John Doe †',
  'Jane Roe ١, John Doe ٢',
  'Jane Roe １, John Doe ２',
  'Jane Roe, John Doe, Ann Lee',
  'Jane Roe 12-14, John Doe 2–4',
  'Breaking: 3 killed, 12 hurt',
];

describe('isProse: its end read before its words, counted to 15 at most', () => {
  const BULLET = /^[•·▪●◦‣∙*-]\s+/;
  const before = (text: string) => countWords(text) >= 15 && endsLikeSentence(text) && !BULLET.test(text);
  it('answers as counting every word did, on nasty and random lines', () => {
    const lines = [...NASTY, ...randomLines(39, 'ab c-’.!?”• \u200fท東1', 3000, 90)];
    for (const line of lines) expect(isProse(line), JSON.stringify(line)).toBe(before(line));
  });
});

describe('countWords with a bound', () => {
  it('is min(words, bound)', () => {
    const lines = [...NASTY, ...randomLines(7, "ab c-'’ ท東1.", 2000, 80)];
    for (const line of lines) for (const bound of [1, 13, 15]) expect(countWords(line, bound), JSON.stringify(line)).toBe(Math.min(countWords(line), bound));
  });
});

describe('isMarkedAuthorsLine: a line without a mark is asked no more', () => {
  // The form before the precheck, as it was.
  const MARK_AFTER_NAME = /(\p{L})\s?(?:\d{1,2}(?:[,–-]\d{1,2})*(?:,?[*†])?|[*†])(?=\s*,|\s+(?:and|&)\s|\s*$)/gu;
  const before = (line: string) => {
    if (line.length > 400) return false;
    let marked = 0;
    const names = line.replace(MARK_AFTER_NAME, (_, letter: string) => {
      marked++;
      return letter;
    });
    let last = names.length;
    while (last > 0 && (names[last - 1] === ',' || names[last - 1].trim() === '')) last--;
    return marked >= 2 && listOfFullNames(names.slice(0, last));
  };
  it('answers as before, on nasty and random lines (Unicode digits are no marks)', () => {
    const lines = [...NASTY, ...randomLines(3, 'JRDjaneo 12,*†&–١２', 4000, 40), ...randomLines(5, 'Jane Roe John Doe ,1*†and', 3000, 60)];
    for (const line of lines) expect(isMarkedAuthorsLine(line), JSON.stringify(line)).toBe(before(line));
    expect(isMarkedAuthorsLine('Jane Roe 1, John Doe 2, Ann Lee 1,*')).toBe(true);
  });
});

describe('namesWithAffiliationMarks: a line without a mark is asked no more', () => {
  it('a line the precheck turns away is one the marked-name pattern never matched', () => {
    const MARKED_NAME = /\p{Lu}\p{Ll}*\s*(?:\d|[*†‡§¶✉])/u;
    const lines = [...NASTY, 'Anna Berg ١, Li Wei ٢', 'Anna Berg１; Li Wei２', 'Anna Berg 1, Li Wei 2, Jo Park 1,*', 'Anna Berg✉, Li Wei§', ...randomLines(11, 'ABLWab ,;1١*†‡§¶✉#', 4000, 40)];
    for (const line of lines) {
      if (/[0-9*†‡§¶✉]/.test(line)) continue;
      expect(MARKED_NAME.test(line), JSON.stringify(line)).toBe(false);
      expect(namesWithAffiliationMarks(line)).toBeNull();
    }
    expect(namesWithAffiliationMarks('Anna Berg 1, Li Wei 2, Jo Park 1,*')).toBe('Anna Berg, Li Wei and Jo Park');
  });
});

describe("site owners: the page's lower-case words read only for a name found", () => {
  const lines = ['Ottilie Brenner', 'Skip to content', 'Home', "Ottilie Brenner's Garden Blog", 'A headline over the post', 'our garden grows', '© 2025 Ottilie Brenner'];
  const noName = ['Menu', 'A headline over the post', 'Some prose about gardens.', 'Contact'];

  it('gives what the set itself gives', () => {
    for (const page of [lines, noName, ['Garden Notes', 'Headline', 'our garden notes'], ['© 2024 Slow Garden', 'a slow garden']]) {
      const lower = lowerCaseWords(page);
      expect(mastheadOwner(page, 4, () => lower)).toBe(mastheadOwner(page, 4, lower));
      expect(blogTitleOwner(page, 4, () => lower)).toBe(blogTitleOwner(page, 4, lower));
      expect(copyrightOwner(page, () => lower)).toBe(copyrightOwner(page, lower));
    }
    expect(mastheadOwner(lines, 4, () => lowerCaseWords(lines))).toBe('Ottilie Brenner');
  });

  it('never reads them on a page whose masthead, title and foot name nobody', () => {
    const never = () => {
      throw new Error('read');
    };
    expect(mastheadOwner(noName, 1, never)).toBeNull();
    expect(blogTitleOwner(noName, 1, never)).toBeNull();
    expect(copyrightOwner(noName, never)).toBeNull();
  });
});
