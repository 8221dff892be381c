/**
 * Figures of one day are things counted side by side, not a measure over time (figure-change.ts says
 * so over their chart): a report that lists a hundred boxers' knockouts, or the weights of twenty
 * hammocks, gives a series of a hundred values on one day. The figures index put it first as one "that
 * can show change", the home page chose it as a headline figure ahead of a measure stated on two days,
 * and said its latest value "was" another of the same day in the same report.
 */
import { describe, expect, it } from 'vitest';
import { earlierStatement, figureIndexPages, headlineSeries } from '../../src/lib/data/figures.ts';
import type { FigurePoint, Series } from '../../src/lib/data/site-data.ts';

const point = (article: string, date: string | null, value: number) => ({
  article, paragraph: 'p-1', sentence: `${value} x`, value, upper: null, qualifier: null, text: `${value} x`, unit: 'x', date, speaker: null,
}) as FigurePoint;
const series = (id: string, points: FigurePoint[]) => ({ id, label: id, unit: 'x', points }) as Series;

const oneDay = series('knockouts', Array.from({ length: 40 }, (_, i) => point('boxers', '2023-12-22', i + 3)));
const twoDays = series('countries', [point('a', '2020-10-27', 161), point('b', '2023-02-24', 160)]);
const once = series('agreements', [point('c', '2021-01-05', 12)]);

describe('figures stated on one day', () => {
  it('come after those stated on two days or more on the figures index', () => {
    const { pages } = figureIndexPages([oneDay, once, twoDays]);
    expect(pages.flat().map((s) => s.series.id)).toEqual(['countries', 'knockouts', 'agreements']);
  });

  it('come after those stated on two days or more among the headline figures', () => {
    expect(headlineSeries([oneDay, once, twoDays], 4).map((s) => s.id)).toEqual(['countries', 'knockouts', 'agreements']);
    expect(headlineSeries([oneDay, once, twoDays], 1).map((s) => s.id)).toEqual(['countries']);
  });

  it('have no earlier value: only a value of an earlier day is what the latest "was"', () => {
    expect(earlierStatement(oneDay)).toBeNull();
    expect(earlierStatement(once)).toBeNull();
    expect(earlierStatement(twoDays)?.value).toBe(161);
    // An undated latest value is no later than anything.
    expect(earlierStatement(series('s', [point('a', '2020-10-27', 1), point('b', null, 2)]))).toBeNull();
  });
});
