/**
 * Stamp dates in the shapes pages write them (issue 13, item 4): numeric dates with one possible
 * reading whatever their separator, and a full stop after the day. A date with two readings is not read.
 */
import { describe, expect, it } from 'vitest';
import { findFullDates, findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';

describe('numeric stamp dates', () => {
  it.each([
    ['Published: 10-30-2025', '2025-10-30'],
    ['30-10-2025', '2025-10-30'],
    ['12.16.2025', '2025-12-16'],
    ['20.11.2019', '2019-11-20'],
    ['03.04.2021', '2021-04-03'],
  ])('reads "%s" (one reading)', (line, date) => {
    expect(findStampDate(line, 'en')?.date).toBe(date);
  });

  it.each(['Post time: 01-04-2024', '03/04/2021', '12.13.14'])('does not read "%s"', (line) => {
    expect(findStampDate(line, 'en')).toBeNull();
  });
});

describe('a full stop after the day', () => {
  it.each([
    ['📅Jul. 11. 2025', '2025-07-11'],
    ['December 19. 2025', '2025-12-19'],
  ])('reads "%s" as a stamp', (line, date) => {
    expect(findStampDate(line, 'en')?.date).toBe(date);
  });

  it('is read only in a stamp: the text’s own dates keep their strict shapes', () => {
    expect(findFullDates('The lab opened on December 19. 2025 was a good year.')).toEqual([]);
  });
});

describe('every month abbreviated with a full stop', () => {
  it.each([
    ['Jun. 3, 2024', '2024-06-03'],
    ['Jul. 27, 2024', '2024-07-27'],
    ['3 Jul. 2024', '2024-07-03'],
  ])('reads "%s" as Jan. or Aug. are read', (text, date) => {
    expect(findFullDates(text)[0]?.date).toBe(date);
  });
});

describe('a year-first date with dots', () => {
  it.each([
    ['Essay - Published: 2025.12.17 | artificial-intelligence', '2025-12-17'],
    ['2024.3.5', '2024-03-05'],
  ])('reads "%s" as a stamp (the year first: one reading)', (line, date) => {
    expect(findStampDate(line, 'en')?.date).toBe(date);
  });

  it('is no date without its day, nor in a longer run of numbers', () => {
    expect(findStampDate('2025.11 Release Notes', 'en')).toBeNull();
    expect(findStampDate('version 1.2025.12.17', 'en')).toBeNull();
  });
});

describe('a month name between dashes or full stops', () => {
  it.each([
    ['By Ann Lee | Updated on 19-Dec-2025', '2025-12-19'],
    ['19-DEC-2025', '2025-12-19'],
    ['Published on 25.Jun.2019 in Vol 4, No 3 (2019): June', '2019-06-25'],
    ['3-Sept-2024', '2024-09-03'],
  ])('reads "%s" as a stamp', (line, date) => {
    expect(findStampDate(line, 'en')?.date).toBe(date);
  });

  it.each(['19-Dec-25', 'version 1-May-20251', 'A-May-2025'])('does not read "%s"', (line) => {
    expect(findStampDate(line, 'en')).toBeNull();
  });
});
