/**
 * A numeric date with two readings ("06/01/2026") is read only in an order its page settles. A stamp
 * that writes its time zone settles it itself: GMT, GMT+1, BST, CET and the other zones of Europe,
 * Australia and New Zealand are written where the day comes first; EST, PDT, ET and the other zones
 * of the United States where the month does. Shared zones (CST, IST, UTC alone) settle nothing.
 */
import { describe, expect, it } from 'vitest';
import { findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';
import { numericOrderOfZone } from '../../scripts/ingest/lib/dates/zone-order.ts';
import { article, PROSE } from './helpers.ts';

describe("a stamp's time zone settles its numeric date's order", () => {
  it.each([
    ['Published on 06/01/2026 - 13:55 GMT+1', '2026-01-06'],
    ['06/01/2026 13:55 GMT', '2026-01-06'],
    ['06/01/2026 13:55 CET', '2026-01-06'],
    ['06/01/2026 1:55 PM EST', '2026-06-01'],
    ['Posted 06/01/2026 10:05 a.m. PT', '2026-06-01'],
  ])('"%s" → %s', (line, day) => {
    expect(findStampDate(line)?.date).toBe(day);
  });

  it.each(['06/01/2026 13:55 CST', '06/01/2026 13:55 UTC', '06/01/2026 13:55', 'le 06/01/2026 à 10:00 et mis à jour'])('"%s" settles nothing', (line) => {
    expect(numericOrderOfZone(line)).toBeNull();
    expect(findStampDate(line)).toBeNull();
  });

  it('gives way to the order the page settles', () => {
    expect(findStampDate('06/01/2026 13:55 GMT', 'en', 'month-first')?.date).toBe('2026-06-01');
  });

  it('dates a page by such a stamp', () => {
    const { record } = article(`Ministers meet over the new rail plan\nBy Ann Lee\nPublished on 06/01/2026 - 13:55 GMT+1 •Updated 14:20\n\n${PROSE}\n\n${PROSE}`);
    expect(record.date?.date).toBe('2026-01-06');
  });
});
