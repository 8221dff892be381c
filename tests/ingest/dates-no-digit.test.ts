/**
 * The date readers (lib/dates/dates.ts) run no pattern on a text without a figure: every pattern reads
 * a day or a year in figures, ASCII ones or another script's read as ASCII. These hold each pattern to
 * that (a pattern added that reads a date in words alone must fail here, not be skipped silently),
 * and the readers' answers on texts with and without figures.
 */
import { describe, expect, it } from 'vitest';
import { datePatternsForTests, findFullDates, findFusedDates, findInvalidDates } from '../../scripts/ingest/lib/dates/dates.ts';

/** Texts shaped like dates in every way but their figures (letters, words for numbers, CJK numerals, separators). */
const WITHOUT_FIGURES = [
  'March ninth, twenty twenty-six',
  'Mar. IX, MMXXVI',
  'Posted on the first of January',
  '二〇二六年三月九日',
  '二零二六年 三月 九日',
  '이천이십육년 삼월 구일',
  'ngày chín tháng ba năm hai nghìn',
  'mười tháng mười',
  'วันที่ เก้า มีนาคม พ.ศ. สองพัน',
  'le premier mars deux mille',
  'de marzo de',
  'Dec-Jan-Feb',
  'x.y.z a/b/c a-b-c ./-- . / -',
  'AnnaBerg./.-',
  'Ⅸ Ⅲ Ⅻ ⑨ ⑫ ½ ² ³ ¹',
  '',
  ' ',
];

describe('dates in a text without a figure', () => {
  it('no date pattern matches a text without a figure, run on its own', () => {
    for (const re of datePatternsForTests()) {
      for (const text of WITHOUT_FIGURES) {
        re.lastIndex = 0;
        expect(re.exec(text), `${re} on ${text}`).toBeNull();
      }
    }
  });

  it('reads no date in such a text, and still reads figures of every script', () => {
    for (const text of WITHOUT_FIGURES) {
      expect(findFusedDates(text, 'day-first')).toEqual([]);
      expect(findFullDates(text)).toEqual([]);
      expect(findInvalidDates(text)).toEqual([]);
    }
    expect(findFusedDates('نشر في ۱۲ مارس ۲۰۲۴').map((d) => d.date)).toEqual(['2024-03-12']);
    expect(findFusedDates('２０２６年３月９日').map((d) => d.date)).toEqual(['2026-03-09']);
    expect(findFusedDates('९ मार्च २०२६').map((d) => d.date)).toEqual(['2026-03-09']);
    expect(findFusedDates('ByJane RoeMar 5, 2025').map((d) => d.date)).toEqual(['2025-03-05']);
    expect(findInvalidDates('February 30, 2021').map((d) => d.date)).toEqual(['2021-02-30']);
  });
});
