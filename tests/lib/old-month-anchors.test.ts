/**
 * Old links to a month's page (/timeline/<year>/<month>/#<id>, from when it listed the whole month)
 * are sent on to the part of the month that now lists the id. The page's script reads the day from
 * the id (event ids and mentioned days start with it); an anchor whose id names no day of its part
 * (an article's own slug that carries no date, or a date other than the item's) is listed on its
 * part's card instead, so that it lands too. Only those are listed: the month's page stays small.
 */
import { describe, expect, it } from 'vitest';
import { anchorDay } from '../../src/lib/urls/anchor-day.ts';
import { anchorsAwayFromTheirDay } from '../../src/lib/data/timeline.ts';

describe('old anchors of a month page', () => {
  it('reads the day an anchor names, for events and mentioned days, and none from other ids', () => {
    expect(anchorDay('2021-03-14-invented-speaker')).toBe('2021-03-14');
    expect(anchorDay('mentioned-day-2021-03-14')).toBe('2021-03-14');
    expect(anchorDay('mentioned-month-2021-03-01')).toBeNull();
    expect(anchorDay('invented-lab-opens')).toBeNull();
    expect(anchorDay('2021-03-invented')).toBeNull();
  });

  it("lists the anchors of a part that the day in their id would not send there, and only those", () => {
    const event = (id: string, date: string) => ({ id, date });
    const at = { month: '2021-03', part: '11-20' };
    expect(anchorsAwayFromTheirDay(at, [
      event('2021-03-14-invented-speaker', '2021-03-14'), // found by its day
      event('invented-lab-opens', '2021-03-15'), // a slug with no day in it
      event('2021-03-02-invented-panel', '2021-03-16'), // a day of another part
    ], ['day-2021-03-17'])).toEqual(['invented-lab-opens', '2021-03-02-invented-panel']);
    expect(anchorsAwayFromTheirDay(at, [event('2021-03-12-a', '2021-03-12')], ['day-2021-03-12'])).toEqual([]);
  });
});
