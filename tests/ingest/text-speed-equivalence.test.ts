// The fast forms of the text path's word reading give what the patterns they replace give, on nasty text.
import { describe, expect, it } from 'vitest';
import { contentTerms, detectLanguage, wordsOf } from '../../scripts/ingest/lib/language.ts';
import { unwrapHardWrapped } from '../../scripts/ingest/stages/segment.ts';
import { Report } from '../../scripts/ingest/report.ts';

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
