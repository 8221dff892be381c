/**
 * Text path: a stamp row with no byline label that opens on its writers' full names, then their outlet,
 * then the date with its clock time ("Ann Lee and Li Wei, Harbor Times - Dec 20, 2023 3:06 pm UTC"),
 * under the headline and its standfirst. Its words outnumbered an unlabelled row's five, so the page,
 * whose only date it is, went undated. A row whose first part is no list of full names, or whose date
 * has no time, is held to the five words as before. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'The harbour board said on Wednesday that the new rules for the outer moorings would take effect in the spring, after a long consultation.';
const P2 = 'Owners of small boats will pay less for a winter berth, while the largest vessels will have to book their places a month ahead of time.';
const P3 = 'The board said the rules would be reviewed after one season, and that it would publish the number of berths booked every month.';
const page = (row: string) =>
  `Home\nNews\n\nHarbour board sets new mooring rules\nSmall boats pay less, large vessels must book ahead.\n\n${row}\n\n${P1}\n\n${P2}\n\n${P3}`;

describe("a row of the writers' names, their outlet and a timed date", () => {
  it('dates the page', () => {
    expect(article(page('Ann Lee and Li Wei, Harbor Times - Dec 20, 2023 3:06 pm UTC')).record.date?.date).toBe('2023-12-20');
  });

  it('is held to five words without the names or without the time', () => {
    expect(article(page('Boats and berths, the full guide from the Harbor Times - Dec 20, 2023 3:06 pm UTC')).record.date).toBeNull();
    expect(article(page('Ann Lee and Li Wei, Harbor Times of the North Coast - Dec 20, 2023')).record.date).toBeNull();
  });
});
