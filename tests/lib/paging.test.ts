/**
 * Lists that grow with the corpus are cut into numbered pages (src/lib/data/paging.ts): every item on
 * exactly one page, in order, no page over its limits, and no item's slug taking a page's number.
 */
import { describe, expect, it } from 'vitest';
import { assertNoPageNumbers, pagesByWeight, pagesOf, pageSuffix } from '../../src/lib/data/paging.ts';
import { figureIndexPages } from '../../src/lib/data/figures.ts';
import { FIGURE_INDEX_CHARTS, FIGURE_INDEX_SERIES } from '../../src/lib/data/limits.ts';
import { reportYears } from '../../src/lib/data/person-reports.ts';
import { undatedGroups, undatedKey } from '../../src/lib/urls/links.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('numbered pages', () => {
  it('cut a list into pages of a size, every item once and in order; an empty list is one empty page', () => {
    expect(pagesOf(range(5), 2)).toEqual([[0, 1], [2, 3], [4]]);
    expect(pagesOf(range(10_000), 200)).toHaveLength(50);
    expect(pagesOf(range(10_000), 200).flat()).toEqual(range(10_000));
    expect(pagesOf([], 10)).toEqual([[]]);
    expect(() => pagesOf(range(3), 0)).toThrow(/at least 1/);
    expect([1, 2, 3].map(pageSuffix)).toEqual(['', '2/', '3/']);
  });

  it('hold at most so many items and so many heavy ones', () => {
    const pages = pagesByWeight(range(100), 10, 3, (n) => n < 20);
    expect(pages.flat()).toEqual(range(100));
    for (const p of pages) {
      expect(p.length).toBeLessThanOrEqual(10);
      expect(p.filter((n) => n < 20).length).toBeLessThanOrEqual(3);
    }
  });

  it('refuse a slug that is a page number', () => {
    expect(() => assertNoPageNumbers('/people/', ['wang-zhigang', '2'])).toThrow(/"2" is a number/);
    expect(() => assertNoPageNumbers('/people/', ['wang-zhigang', 'u-3f2a9c01bd', 'covid-19'])).not.toThrow();
  });
});

describe('the figures index in pages', () => {
  const series = (id: string, dated: number) => ({ id, label: id, unit: id, points: range(Math.max(dated, 1)).map((i) => ({ date: dated ? `2020-01-${String(i + 1).padStart(2, '0')}` : null })) });

  it('puts the series that show change first, at most so many charts and measures to a page', () => {
    const all = [...range(30).map((i) => series(`multi-${i}`, 2 + (i % 5))), ...range(500).map((i) => series(`once-${i}`, 0))];
    const { pages, multi } = figureIndexPages(all as never);
    expect(multi).toBe(30);
    expect(pages.flat().map((s) => s.series.id).sort()).toEqual(all.map((s) => s.id).sort());
    expect(pages.flat().findIndex((s) => !s.multi)).toBe(30);
    for (const p of pages) {
      expect(p.length).toBeLessThanOrEqual(FIGURE_INDEX_SERIES);
      expect(p.filter((s) => s.multi).length).toBeLessThanOrEqual(FIGURE_INDEX_CHARTS);
    }
  });
});

describe('addresses that never move for what grows', () => {
  it("lists a person's reports by year, newest first, undated last", () => {
    expect(reportYears([{ date: '2021-03-01' }, { date: null }, { date: '2023-01-02' }, { date: '2021-12-31' }])).toEqual([
      { year: '2023', count: 1 }, { year: '2021', count: 2 }, { year: 'undated', count: 1 },
    ]);
  });

  it('puts an undated event on the page of its id’s first character, which never changes', () => {
    expect(undatedKey('bri-china-ready')).toBe('b');
    expect(undatedKey('2021-wang')).toBe('2');
    expect(undatedGroups([{ id: 'b-2' }, { id: 'a-1' }, { id: 'b-1' }])).toEqual([
      { key: 'a', events: [{ id: 'a-1' }] }, { key: 'b', events: [{ id: 'b-2' }, { id: 'b-1' }] },
    ]);
  });
});
