/**
 * Text path: a byline row that carries its date and closes on the time's "p.m." ("By Ann Lee Gazette
 * Correspondent,Updated December 22, 2023, 5:49 p.m."). The full stop of "p.m." was read as a sentence's,
 * so the row was neither a byline with its stamp nor a stamp row, and the page, whose only date it is,
 * went undated. A sentence that ends on a time is still no stamp row. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { withoutClosingClockTime } from '../../scripts/ingest/lib/dates/closing-clock-time.ts';
import { article } from './helpers.ts';

const P1 = 'If you stepped outside on Friday you noticed the cold, with temperatures in the middle thirties across the region as the sun set.';
const P2 = 'The weekend stays dry, with a light breeze from the north and a clear sky on Saturday night, and a few clouds arriving on Sunday.';
const P3 = 'A warmer spell follows after the holiday, with afternoons in the fifties across much of the south of the region by Wednesday.';
const HEADLINE = 'Dry, cold weekend ahead for the holiday';
const page = (row: string) => `Weather\nForecast\n\n${HEADLINE}\n${row}\n\n${P1}\n\n${P2}\n\n${P3}`;

describe('a byline row closing on "p.m."', () => {
  it('leaves the time out for the sentence test, and only a closing "a.m." / "p.m." time', () => {
    expect(withoutClosingClockTime('By Ann Lee, Updated December 22, 2023, 5:49 p.m.')).toBe('By Ann Lee, Updated December 22, 2023, ');
    expect(withoutClosingClockTime('The talks ended at 5 p.m.')).toBe('The talks ended at 5 p.m.');
    expect(withoutClosingClockTime('He left the room.')).toBe('He left the room.');
  });

  it("dates the page by the row's day", () => {
    const { record } = article(page('By Ann Lee Gazette Correspondent,Updated December 22, 2023, 5:49 p.m.'));
    expect(record.date?.date).toBe('2023-12-22');
  });

  it('is no stamp when the line is a sentence with no byline label', () => {
    const { record } = article(page('The vote ended on December 22, 2023, at 5:49 p.m.'));
    expect(record.date).toBeNull();
  });
});
