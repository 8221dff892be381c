/**
 * The sentence over each chart of the figures index says what the data says. It called any two values
 * "Changed over 2 statements": two firms' staff counted side by side in one report, and a count of
 * countries beside one of countries and regions, read as a measure that changed.
 */
import { describe, expect, it } from 'vitest';
import { seriesChangeWords } from '../../src/lib/data/figure-change.ts';
import type { FigurePoint, Series } from '../../src/lib/data/site-data.ts';

const point = (article: string, date: string | null, value: number, unit = 'countries') => ({
  article, paragraph: 'p-1', sentence: `${value} ${unit}`, value, upper: null, qualifier: null, text: `${value} ${unit}`, unit, date, speaker: null,
}) as FigurePoint;
const series = (points: FigurePoint[]) => ({ id: 'countries', label: 'countries', unit: points[0].unit, points }) as Series;
const words = (points: FigurePoint[]) => seriesChangeWords(series(points), points, (p) => `on ${p.date}`);

describe('the figures index says a change as the data says it (seriesChangeWords)', () => {
  it('two values of two days: from one to the other', () => {
    expect(words([point('a', '2020-10-27', 160), point('b', '2023-02-24', 170)])).toBe('From 160 on 2020-10-27 to 170 on 2023-02-24.');
  });

  it('more values: how many, from the first to the last', () => {
    expect(words([point('a', '2020-10-27', 160), point('b', '2021-05-01', 165), point('c', '2023-02-24', 170)]))
      .toBe('Changed over 3 statements, from 160 on 2020-10-27 to 170 on 2023-02-24.');
    expect(words([point('a', '2020-10-27', 160), point('b', '2021-05-01', 165), point('c', '2023-02-24', 160)]))
      .toBe('Changed over 3 statements, from 160 on 2020-10-27 to 160 again on 2023-02-24.');
  });

  it('different values of one day: side by side, not a change', () => {
    expect(words([point('a', '2025-07-08', 130), point('a', '2025-07-08', 700)])).toBe('2 values stated on one day, side by side: not a change.');
    // An undated statement is no second day.
    expect(words([point('a', '2025-07-08', 130), point('a', '2025-07-08', 700), point('b', null, 90)])).toBe('3 values stated on one day, side by side: not a change.');
  });

  it('different units: not a change', () => {
    expect(words([point('a', '2020-10-27', 160, 'countries'), point('b', '2023-02-24', 170, 'countries and regions')]))
      .toBe('2 statements in different units (countries; countries and regions): not a change.');
  });

  it('two wordings of one unit are one unit', () => {
    expect(words([point('a', '2020-10-27', 114, 'inter-governmental cooperation agreements'), point('b', '2023-02-24', 116, 'inter-governmental agreements')]))
      .toBe('From 114 on 2020-10-27 to 116 on 2023-02-24.');
    expect(words([point('a', '2020-10-27', 3, 'million yuan'), point('b', '2023-02-24', 2, 'billion yuan')]))
      .toBe('2 statements in different units (million yuan; billion yuan): not a change.');
  });

  it('one value each time: unchanged', () => {
    expect(words([point('a', '2020-10-27', 160), point('b', '2023-02-24', 160)])).toBe('Unchanged over 2 statements.');
  });
});
