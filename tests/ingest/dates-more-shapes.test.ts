/**
 * Stamp dates in more of the shapes pages write them, each with one reading: Korean with its unit
 * words ("2026년 3월 9일") or its spaced full stops ("2026. 3. 9."), a month's name between slashes
 * or dashes in any order ("09/Mar/2026", "Mar-09-2026", "2026-Mar-09"), and no space after the
 * comma ("Mar 9,2026"). A relative time, a date without its year and a version number stay unread.
 */
import { describe, expect, it } from 'vitest';
import { findFullDates, findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';

describe('more stamp shapes', () => {
  it.each([
    ['2026년 3월 9일', '2026-03-09'],
    ['입력 2026년 03월 09일 14:05', '2026-03-09'],
    ['2026. 3. 9.', '2026-03-09'],
    ['등록 2026. 03. 09. 오후 2:05', '2026-03-09'],
    ['09/Mar/2026:14:05:00', '2026-03-09'],
    ['Mar-09-2026', '2026-03-09'],
    ['2026-Mar-09', '2026-03-09'],
    ['Posted Mar 9,2026', '2026-03-09'],
  ])('reads "%s"', (line, date) => {
    expect(findStampDate(line, 'en')?.date).toBe(date);
  });

  it.each(['3월 9일', '13 hours ago', '2026. 3. 9', 'version 2026. 3. 9.1', 'Mar-09-26', 'from 2026. 13. 40.', 'Mar 9,20261'])('does not read "%s"', (line) => {
    expect(findStampDate(line, 'en')).toBeNull();
  });

  it('reads the Korean date in a sentence of text, as the Chinese and Japanese ones are', () => {
    expect(findFullDates('행사는 2026년 3월 9일 서울에서 열렸다.').map((d) => d.date)).toEqual(['2026-03-09']);
  });
});
