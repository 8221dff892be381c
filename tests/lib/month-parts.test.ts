/**
 * A month of the timeline is cut into three parts by day (1–10, 11–20, 21 to the month's end), each
 * with its own page, so that no page grows with a busy month: a day-dated event's address is its
 * part's page, which never changes (the day is in the date). Dates known only to the month stay on
 * the month's page, as dates known only to the year stay on the year's.
 */
import { describe, expect, it } from 'vitest';
import { eventPageHref, mentionPageHref, timelinePartHref } from '../../src/lib/urls/links.ts';
import { monthPartOf, monthParts, partLabel } from '../../src/lib/text/dates.ts';

describe('parts of a month', () => {
  it('cuts every month at the 10th and the 20th, the last part ending on its true last day', () => {
    expect(monthParts('2021-03')).toEqual(['01-10', '11-20', '21-31']);
    expect(monthParts('2021-04')).toEqual(['01-10', '11-20', '21-30']);
    expect(monthParts('2023-02')).toEqual(['01-10', '11-20', '21-28']);
    expect(monthParts('2024-02')).toEqual(['01-10', '11-20', '21-29']);
    expect(monthParts('2100-02')).toEqual(['01-10', '11-20', '21-28']);
    expect(monthPartOf('2021-03-01')).toBe('01-10');
    expect(monthPartOf('2021-03-10')).toBe('01-10');
    expect(monthPartOf('2021-03-11')).toBe('11-20');
    expect(monthPartOf('2021-03-20')).toBe('11-20');
    expect(monthPartOf('2021-03-21')).toBe('21-31');
    expect(monthPartOf('2021-03-31')).toBe('21-31');
    expect(partLabel('2021-03', '11-20')).toBe('11–20 March 2021');
  });

  it("sends a day-dated event or mentioned day to its part's page, a month-dated one to the month's, a year-dated one to the year's", () => {
    expect(timelinePartHref('2021-03', '11-20')).toBe('/timeline/2021/03/11-20/');
    expect(timelinePartHref('2021-03', '11-20', 'fusion')).toBe('/timeline/fusion/2021/03/11-20/');
    expect(eventPageHref({ id: '2021-03-14-invented-lab', date: '2021-03-14', datePrecision: 'day' })).toBe('/timeline/2021/03/11-20/#2021-03-14-invented-lab');
    expect(eventPageHref({ id: '2021-03-14-invented-lab', date: '2021-03-14', datePrecision: 'day' }, 'fusion')).toBe('/timeline/fusion/2021/03/11-20/#2021-03-14-invented-lab');
    expect(eventPageHref({ id: '2021-03-invented-lab', date: '2021-03-01', datePrecision: 'month' })).toBe('/timeline/2021/03/#2021-03-invented-lab');
    expect(eventPageHref({ id: '2021-invented-lab', date: '2021-01-01', datePrecision: 'year' })).toBe('/timeline/2021/#2021-invented-lab');
    expect(mentionPageHref({ key: 'day-2024-02-29', date: '2024-02-29', datePrecision: 'day' })).toBe('/timeline/2024/02/21-29/#mentioned-day-2024-02-29');
    expect(mentionPageHref({ key: 'month-2024-02', date: '2024-02-01', datePrecision: 'month' })).toBe('/timeline/2024/02/#mentioned-month-2024-02');
  });
});
