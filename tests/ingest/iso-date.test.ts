/**
 * isoDate answers a four-figure year from the calendar's rules (lib/page-text/language/text.ts), not
 * through a Date: these hold it to the Date reading it replaced (isoDateOfDate) on every day of
 * 1000–9999's edge years and of 1890–2110, the days just outside each month, and nasty numbers
 * (fractions, zero, negatives, NaN, infinities, two-figure and five-figure years).
 */
import { describe, expect, it } from 'vitest';
import { isoDate, isoDateOfDate } from '../../scripts/ingest/lib/page-text/language/text.ts';

const NASTY = [NaN, Infinity, -Infinity, -1, 0, 0.5, 1.5, 12.000001, 13, 31.5, 32, 99, 100, 2 ** 31, -0];
const YEARS = [0, 1, 68, 69, 99, 100, 999, 1000, 1600, 1700, 1899, 1900, 2000, 2024, 2100, 2400, 9999, 10000, 275760, -1, 1999.5, NaN];

describe('isoDate', () => {
  it('reads every month and day of 1890–2110 as Date does, and the days just outside them', () => {
    for (let year = 1890; year <= 2110; year++)
      for (let month = 0; month <= 13; month++) for (let day = -1; day <= 33; day++) expect(isoDate(year, month, day)).toBe(isoDateOfDate(year, month, day));
  });

  it('reads edge years and nasty numbers as Date does', () => {
    for (const year of [...YEARS, ...NASTY])
      for (const month of [...NASTY, 1, 2, 3, 12])
        for (const day of [...NASTY, 1, 28, 29, 30, 31]) expect(isoDate(year, month, day), `${year}-${month}-${day}`).toBe(isoDateOfDate(year, month, day));
  });

  it('writes a valid day and refuses an invalid one', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(1900, 2, 29)).toBeNull();
    expect(isoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDate(2026, 3, 9)).toBe('2026-03-09');
    expect(isoDate(2026, 4, 31)).toBeNull();
  });

  it('agrees with Date on random numbers', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 20000; i++) {
      const year = Math.floor(random() * 12000) - 500;
      const month = Math.floor(random() * 16) - 2;
      const day = Math.floor(random() * 36) - 2;
      expect(isoDate(year, month, day)).toBe(isoDateOfDate(year, month, day));
    }
  });
});
