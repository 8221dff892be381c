import { describe, expect, it } from 'vitest';
import { aggregate, authorMatches, headlineMatches, matchBodies, shingles, tokenize } from '../../scripts/bench/extract/score.ts';
import { metadataScores, type CaseResult } from '../../scripts/bench/extract/run.ts';

describe('extraction scorer (scrapinghub evaluate.py semantics)', () => {
  it('tokenizes on word characters only, keeping case and splitting on punctuation', () => {
    expect(tokenize('U.S.-China talks, 2019!')).toEqual(['U', 'S', 'China', 'talks', '2019']);
    expect(tokenize('naïve café 北京大学 snake_case')).toEqual(['naïve', 'café', '北京大学', 'snake_case']);
    // A combining accent is not a word character in Python's \w either: it splits the token.
    expect(tokenize('cafe\u0301 ok')).toEqual(['cafe', 'ok']);
    expect(tokenize('  \n ')).toEqual([]);
  });

  it('makes 4-token shingles, one shingle for a shorter text, none for an empty one', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('hello world').size).toBe(1);
    expect(shingles('').size).toBe(0);
    expect([...shingles('a b c d a b c d').values()]).toEqual([2, 1, 1, 1]);
  });

  it('counts a page by multiset overlap, normalized to sum to 1', () => {
    expect(matchBodies('one two three four five', 'one two three four five')).toEqual({ tp: 1, fp: 0, fn: 0 });
    const extra = matchBodies('one two three four five', 'one two three four five six');
    expect(extra.tp).toBeCloseTo(2 / 3);
    expect(extra.fp).toBeCloseTo(1 / 3);
    expect(extra.fn).toBe(0);
    // The true text has 5 shingles (one of them twice); the prediction has that one once.
    const repeated = matchBodies('a b c d a b c d', 'a b c d');
    expect(repeated.tp).toBeCloseTo(1 / 5);
    expect(repeated.fn).toBeCloseTo(4 / 5);
    // Whitespace and line breaks never count.
    expect(matchBodies('one  two\nthree four', 'one two three four')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(matchBodies('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('averages precision and recall over pages and takes F1 of the means', () => {
    const perfect = matchBodies('a b c d e', 'a b c d e');
    const empty = matchBodies('a b c d e', '');
    const s = aggregate([perfect, empty]);
    // The empty prediction is left out of precision but counts as 0 recall.
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo((2 * 1 * 0.5) / 1.5);
    expect(aggregate([])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('matches headlines after case, Unicode, quote, dash and space folding', () => {
    expect(headlineMatches('China’s “new” plan — 2019', "china's \"new\"  plan - 2019")).toBe(true);
    expect(headlineMatches('Ｆｕｌｌ width', 'full width')).toBe(true);
    // Invisible marks in the truth (a soft hyphen, a zero-width space) are no difference a reader sees.
    expect(headlineMatches('Wetter\u00adbericht f\u00fcr\u200b heute', 'Wetterbericht für heute')).toBe(true);
    expect(headlineMatches('A headline', 'A headline | Site')).toBe(false);
    expect(headlineMatches('A headline', null)).toBe(false);
  });

  it('matches authors as names, a leading "By" aside', () => {
    expect(authorMatches('Jane Doe', 'by  jane doe')).toBe(true);
    expect(authorMatches('Jane Doe', 'Jane Doe - Mar 27')).toBe(false);
    expect(authorMatches('Jane Doe', null)).toBe(false);
  });

  it('matches authors as the list of people they name, whatever joins the names', () => {
    expect(authorMatches('Ann Lee, Bo Chen', 'Ann Lee and Bo Chen')).toBe(true);
    expect(authorMatches('Ann Lee & Bo Chen', 'Ann Lee, Bo Chen')).toBe(true);
    // The other languages' "and" joins a list as "and" does; in lower case only ("Ann E Lee" keeps her initial).
    expect(authorMatches('Ann Lee, Bo Chen', 'Ann Lee und Bo Chen')).toBe(true);
    expect(authorMatches('Ann Lee, Bo Chen, Cy Park', 'Ann Lee, Bo Chen y Cy Park')).toBe(true);
    expect(authorMatches('Ann E Lee', 'Ann E Lee')).toBe(true);
    expect(authorMatches('Ann Lee, Bo Chen', 'Ann E Bo Chen')).toBe(false);
    expect(authorMatches('Ann Lee, Bo Chen, and Cy Park', 'Ann Lee, Bo Chen and Cy Park')).toBe(true);
    // A person more or less, or another order, is another list.
    expect(authorMatches('Ann Lee, Bo Chen', 'Ann Lee')).toBe(false);
    expect(authorMatches('Ann Lee', 'Ann Lee and Bo Chen')).toBe(false);
    expect(authorMatches('Ann Lee and Bo Chen', 'Bo Chen and Ann Lee')).toBe(false);
  });

  it("reads what a byline says about a person beside the name as no person: a role, a credential, a title, the outlet after a bar", () => {
    expect(authorMatches('Ann Lee | Harbor Gazette', 'Ann Lee')).toBe(true);
    expect(authorMatches('Ann Lee (Content Manager)', 'Ann Lee')).toBe(true);
    expect(authorMatches('Ann Lee, Staff Writer', 'Ann Lee')).toBe(true);
    expect(authorMatches('Ann Lee, Shipping Expert', 'Ann Lee')).toBe(true);
    expect(authorMatches('Ann Lee, CEO of Harbor Labs', 'Ann Lee')).toBe(true);
    expect(authorMatches('Ann Lee', 'Ann Lee, MS, RDN, LD')).toBe(true);
    expect(authorMatches('Ann Lee, M.D. FACP', 'Ann Lee')).toBe(true);
    expect(authorMatches('Dr. Ann Lee, Bo Chen', 'Ann Lee and Bo Chen')).toBe(true);
    expect(authorMatches('Ann Lee, Bo Chen', 'Ann Lee, PhD and Bo Chen, MPH')).toBe(true);
    // Not lenient: after a comma, words shaped as a name may be a second person or an outlet; a date is no qualifier.
    expect(authorMatches('Ann Lee, Harbor Gazette', 'Ann Lee')).toBe(false);
    expect(authorMatches('Ann Lee - Mar 27', 'Ann Lee')).toBe(false);
    expect(authorMatches('Ann Lee | Harbor Gazette', 'Bo Chen')).toBe(false);
    expect(authorMatches('Staff Writer', 'Ann Lee')).toBe(false);
  });

  it('scores publication days: right, wrong, missing, and days given to pages the set leaves undated', () => {
    const result = (publishedTruth: string | null, published: string | null, authorTruth: string | null = null, author: string | null = null) =>
      ({ publishedTruth, published, authorTruth, author }) as CaseResult;
    const s = metadataScores([
      result('2020-01-02', '2020-01-02', 'Ann Lee', 'Ann Lee'),
      result('2020-01-02', '2020-01-03', 'Bo Chen', null),
      result('2020-01-02', null),
      result(null, '2021-05-05'),
      result(null, null),
    ]);
    expect(s.dates).toEqual({ dated: 3, right: 1, wrong: 1, accuracy: 1 / 3, precision: 0.5, undated: 2, givenUndated: 1 });
    expect(s.authorAccuracy).toBe(0.5);
    expect(s.authorPages).toBe(2);
    // The body set has no such truth: nothing is scored.
    expect(metadataScores([{ headlineRight: true } as CaseResult])).toEqual({});
  });
});
