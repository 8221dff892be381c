/**
 * A stamp in the United States' form with a two-figure year and its clock time right after it
 * ("By Ann Lee • 05/26/22 4:20pm", "by Ann Lee - 12/22/23 11:35 AM ET"): read as the full day, in the
 * one order its numbers allow or the page settles. Without the time, "3/4/24" is as often a score, a
 * fraction or a reference, and stays unread; a date with two readings the page does not settle stays
 * unread too. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';
import { article } from './helpers.ts';

const P1 = 'The city council approved the new bus lanes on Tuesday night, after a debate that ran for more than three hours at the town hall.';
const P2 = 'The lanes will run along the river road from the station to the hospital, and work is to begin in the spring, the council said.';
const P3 = 'Shop owners along the road asked for loading bays to stay, and the council agreed to keep four of them for early deliveries.';
const page = (row: string) => `Home\nCity\n\nCouncil approves river road bus lanes\n${row}\n\n${P1}\n\n${P2}\n\n${P3}`;

describe('a slashed date with a two-figure year and its time', () => {
  it('is read in its one reading', () => {
    expect(findStampDate('05/26/22 4:20pm')?.date).toBe('2022-05-26');
    expect(findStampDate('by Ann Lee - 12/22/23 11:35 AM ET')?.date).toBe('2023-12-22');
    expect(findStampDate('27/05/24, 09:15')?.date).toBe('2024-05-27');
  });

  it('dates the page from its byline row', () => {
    expect(article(page('By Ann Lee • 05/26/22 4:20pm')).record.date?.date).toBe('2022-05-26');
  });

  it('is not read without the time, with two readings unsettled, or inside a longer run of numbers', () => {
    expect(findStampDate('Final score 3/4/24')).toBeNull();
    expect(findStampDate('12/11/23 4:23pm')).toBeNull();
    expect(findStampDate('1/12/22/23 10:00')).toBeNull();
    expect(findStampDate('13/14/23 10:00')).toBeNull();
    expect(article(page('By Ann Lee • 12/11/23 4:23pm')).record.date).toBeNull();
  });
});
