/**
 * A range of events whose ends may be bounds: an event dated only by a report's last update
 * (dateBound `on-or-before`) happened then or before, so it ends no range ("between 3 May and 9 June"
 * would claim news on 9 June); it is counted apart, with the latest such day, worded as the site words
 * the bound itself ("by 9 June 2021").
 */
import { describe, expect, it } from 'vitest';
import { eventRange } from '../../src/lib/data/event-range.ts';
import { eventRangeParts, eventRangeWords, partsTokens, rangeCardWords, rangeSpanWords, tokensText } from '../../src/lib/text/range-words.ts';
import type { EventView } from '../../src/lib/data/site-data.ts';

const ev = (date: string, extra: Partial<EventView> = {}): EventView => ({
  id: `${date}-harbor`, date, datePrecision: 'day', title: 'Harbor lab opens', topics: [], speakers: [], articles: [], standalone: false, ...extra,
});
const bound = (date: string) => ev(date, { dateBound: 'on-or-before' });

describe('a range of events', () => {
  it('runs between its first and last news day when no date is a bound', () => {
    const r = eventRange([ev('2020-10-27'), ev('2021-05-03'), ev('2023-02-24')]);
    expect(eventRangeWords(r)).toBe('3 events between 27 October 2020 and 24 February 2023');
    expect(eventRangeWords(r, 'about ITER')).toBe('3 events about ITER between 27 October 2020 and 24 February 2023');
    expect(rangeSpanWords(r)).toBe('27 October 2020 to 24 February 2023');
    expect(rangeSpanWords(r, 'month')).toBe('October 2020 to February 2023');
  });

  it('never ends on a bound: the last end a bound is counted apart, "by" its day', () => {
    const r = eventRange([ev('2021-05-03'), bound('2021-06-09')]);
    expect(eventRangeWords(r)).toBe("1 event on 3 May 2021, and 1 dated only by a report's last update (by 9 June 2021)");
    expect(rangeSpanWords(r)).toBe("3 May 2021, and 1 event dated only by a report's last update (by 9 June 2021)");
    expect(eventRangeWords(r)).not.toMatch(/and 9 June 2021|to 9 June 2021/);
  });

  it('never starts on a bound either: the news of a bound may be any day before it', () => {
    const r = eventRange([bound('2019-03-01'), ev('2020-10-27'), ev('2023-02-24'), bound('2025-03-14')]);
    expect(eventRangeWords(r)).toBe("2 events between 27 October 2020 and 24 February 2023, and 2 dated only by a report's last update (the latest by 14 March 2025)");
    expect(rangeSpanWords(r, 'month')).toBe("October 2020 to February 2023, and 2 events dated only by a report's last update (the latest by March 2025)");
  });

  it('says so when every date is a bound', () => {
    const r = eventRange([bound('2025-03-14')]);
    expect(eventRangeWords(r)).toBe("1 event dated only by a report's last update (by 14 March 2025)");
    expect(eventRangeWords(r, 'about SKA')).toBe("1 event about SKA dated only by a report's last update (by 14 March 2025)");
    expect(rangeSpanWords(r)).toBe("1 event dated only by a report's last update (by 14 March 2025)");
  });

  it('states each end no more precisely than it is known', () => {
    const r = eventRange([ev('2020-10-01', { datePrecision: 'month' }), ev('2022-01-01', { datePrecision: 'year' })]);
    expect(eventRangeWords(r)).toBe("2 events between October 2020 and 2022");
    expect(rangeSpanWords(r, 'month')).toBe('October 2020 to 2022');
  });

  it('keeps an implausible date (a placeholder stamp) out of the ends and counts it apart', () => {
    const r = eventRange([ev('2020-10-27'), ev('2023-02-24'), ev('2099-12-31', { plausible: false })]);
    expect(eventRangeWords(r)).toBe('2 events between 27 October 2020 and 24 February 2023, and 1 with an implausible date');
  });

  it('has no words for no events', () => {
    expect(eventRangeWords(eventRange([]))).toBeNull();
    expect(rangeSpanWords(eventRange([]))).toBeNull();
  });
});

describe('a range of events counted after a sentence that named them', () => {
  it('counts each group without the noun', () => {
    const r = eventRange([ev('2020-10-27'), ev('2023-02-24'), bound('2025-03-14')]);
    const p = eventRangeParts(r, '', true)!;
    expect(tokensText(partsTokens(p))).toBe("2 between 27 October 2020 and 24 February 2023, and 1 dated only by a report's last update (by 14 March 2025)");
    expect(tokensText(partsTokens(eventRangeParts(eventRange([bound('2025-03-14')]), '', true)!))).toBe("1 dated only by a report's last update (by 14 March 2025)");
  });

  it('marks up each date of the words as a date token', () => {
    const p = eventRangeParts(eventRange([ev('2020-10-27'), bound('2025-03-14')]))!;
    expect(partsTokens(p).filter((t) => typeof t !== 'string')).toEqual([{ date: '2020-10-27', precision: 'day' }, { date: '2025-03-14', precision: 'day' }]);
  });
});

describe('a range on a preview card', () => {
  it('fits one line by month, "by" the latest bound', () => {
    expect(rangeCardWords(eventRange([ev('2020-10-27'), ev('2023-02-24')]))).toBe('October 2020 to February 2023');
    expect(rangeCardWords(eventRange([ev('2020-10-27'), ev('2023-02-24'), bound('2025-03-14')]))).toBe('October 2020 to February 2023, and by March 2025');
    expect(rangeCardWords(eventRange([bound('2025-03-14')]))).toBe('by March 2025');
    expect(rangeCardWords(eventRange([ev('2020-09-27'), ev('2023-09-24'), bound('2025-09-14')]))!.length).toBeLessThanOrEqual(55);
  });
});
