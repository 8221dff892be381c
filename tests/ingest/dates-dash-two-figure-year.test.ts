/**
 * A stamp in the United States' form with dashes and a two-figure year ("12-22-23" alone on its line
 * over the headline, "12-22-23 11:35 AM"): read as the full day, in the one order its numbers allow or
 * the page settles, as the slashed form with its time is (dates-slash-two-figure-year.test.ts). Beside
 * other words and without a time ("the 20-20-20 rule", "Score 12-22-23") it stays unread, as does a date
 * with two readings the page does not settle ("12-05-23": 5 December or 12 May) and one inside a longer
 * run of numbers. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';
import { article } from './helpers.ts';

const P1 = 'The city council approved the new bus lanes on Tuesday night, after a debate that ran for more than three hours at the town hall.';
const P2 = 'The lanes will run along the river road from the station to the hospital, and work is to begin in the spring, the council said.';
const P3 = 'Shop owners along the road asked for loading bays to stay, and the council agreed to keep four of them for early deliveries.';
const page = (row: string) => `Home\nCity\n\n${row}\nCouncil approves river road bus lanes\n\n${P1}\n\n${P2}\n\n${P3}`;

describe('a dashed date with a two-figure year', () => {
  it('is read alone on its line or before its time, in its one reading', () => {
    expect(findStampDate('12-22-23')?.date).toBe('2023-12-22');
    expect(findStampDate(' - 12-22-23 ')?.date).toBe('2023-12-22');
    expect(findStampDate('12-22-23 11:35 AM')?.date).toBe('2023-12-22');
    expect(findStampDate('27-05-24, 09:15')?.date).toBe('2024-05-27');
  });

  it('is read with two readings in the order the page settles', () => {
    expect(findStampDate('12-05-23', 'en', 'month-first')?.date).toBe('2023-12-05');
    expect(findStampDate('12-05-23', 'en', 'day-first')?.date).toBe('2023-05-12');
  });

  it('dates the page from its line over the headline', () => {
    expect(article(page('12-22-23')).record.date?.date).toBe('2023-12-22');
  });

  it('is not read beside other words, with two readings unsettled, as no day, or inside a longer run of numbers', () => {
    expect(findStampDate('Follow the 20-20-20 rule')).toBeNull();
    expect(findStampDate('Score 12-22-23')).toBeNull();
    expect(findStampDate('12-05-23')).toBeNull();
    expect(findStampDate('20-20-20')).toBeNull();
    expect(findStampDate('1-12-22-23')).toBeNull();
    expect(findStampDate('12-22-23-1')).toBeNull();
    expect(article(page('12-05-23')).record.date).toBeNull();
  });
});
