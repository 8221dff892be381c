/**
 * Text path: a byline row under the headline that names two writers with their roles and closes on its
 * labelled date and the time's "p.m." ("By Ann Lee and Jo Park Gazette Staff and Gazette
 * Correspondent,Updated December 22, 2023, 3:31 p.m."). Seventeen words, more than a stamp row was
 * allowed, and main-text keeps it in the article's run as prose: the page, whose only date it is, went
 * undated. A sentence that opens on "By" with a date in it stays no stamp; a version, a score and a
 * dated list of related stories under the article date nothing. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'If you stepped outside on Friday you noticed the cold, with temperatures in the middle thirties across the region as the sun set.';
const P2 = 'The weekend stays dry, with a light breeze from the north and a clear sky on Saturday night, and a few clouds arriving on Sunday.';
const P3 = 'A warmer spell follows after the holiday, with afternoons in the fifties across much of the south of the region by Wednesday.';
const HEADLINE = 'Dry, cold weekend ahead for the holiday';
const page = (row: string, tail = '') => `Weather\nForecast\n\n${HEADLINE}\n${row}\n\n${P1}\n\n${P2}\n\n${P3}${tail}`;
const ROW = 'By Ann Lee and Jo Park Gazette Staff  and Gazette Correspondent,Updated December 22, 2023, 3:31 p.m.';

describe('a byline row of two writers and their roles, closing on its date', () => {
  it("dates the page by the row's day, as its update (the only date it shows)", () => {
    const { record } = article(page(ROW));
    expect(record.date?.date).toBe('2023-12-22');
    expect(record.date?.source).toBe('update');
  });

  it('dates it so with a space after the comma and the time in capitals', () => {
    const { record } = article(page('By Ann Lee and Jo Park Gazette Staff and Gazette Correspondent, Updated December 22, 2023, 3:31 PM'));
    expect(record.date?.date).toBe('2023-12-22');
  });

  it("keeps the row's day over a list of related stories under the article", () => {
    const related = '\n\nRelated\nSnow returns to the hills overnight\nJanuary 3, 2024\nCity opens its warming centres early\nJanuary 5, 2024\nRoads stay icy into the weekend\nJanuary 9, 2024';
    const { record } = article(page(ROW, related));
    expect(record.date?.date).toBe('2023-12-22');
  });

  it('is no stamp when the line is a sentence that opens on "By"', () => {
    expect(article(page('By the end of the week, on December 22, 2023, at 3:31 p.m., the road was open again.')).record.date).toBeNull();
    expect(article(page('By Friday, December 22, 2023, the council had voted.')).record.date).toBeNull();
  });

  it('reads no date out of a version or a score on such a line', () => {
    expect(article(page('By version 2.10.3 the app had closed the gap, and the update of 12.10.3 followed at 3:31 p.m.')).record.date).toBeNull();
    expect(article(page('By half time the score was 3-2-1 on aggregate, and it stayed so until 3:31 p.m.')).record.date).toBeNull();
  });
});
