/**
 * A stamp row set all in capitals runs its section's label into the date ("GEARAPR 28, 2024 10:00 AM"):
 * the case tells no words apart there, so a month name run onto a word in capitals is read. In a line
 * with lower-case letters a month run onto capitals stays unread ("MAYDAY 5, 2024 …" in a sentence
 * is no date), as a lower-case month run onto a word ever was.
 */
import { describe, expect, it } from 'vitest';
import { findFusedDates } from '../../scripts/ingest/lib/dates/dates.ts';
import { article, PROSE } from './helpers.ts';

describe('a month name run onto a word in capitals', () => {
  it.each([
    ['GEARAPR 28, 2024 10:00 AM', '2024-04-28'],
    ['SCIENCEDECEMBER 5, 2025', '2025-12-05'],
  ])('"%s" reads in a row all in capitals', (line, day) => {
    expect(findFusedDates(line).map((d) => d.date)).toEqual([day]);
  });

  it.each(['The ship sailed on the SUMMAY 5, 2024 voyage', 'ABCapr 28, 2024', 'GEARapr 28, 2024'])('"%s" reads no date', (line) => {
    expect(findFusedDates(line)).toEqual([]);
  });

  it('dates a page whose stamp row is set in capitals', () => {
    const { record } = article(`The Best Sleeping Bags for Every Trip\nANN LEE GEAR TEAM\nGEARAPR 28, 2024 10:00 AM\n\n${PROSE}\n\n${PROSE}`);
    expect(record.date?.date).toBe('2024-04-28');
  });
});
