/**
 * A headline that names figures ("… the 2040, 2050 or 2060 Chips") has as many digits as a date
 * line has, against its letters: title.ts read it as a date and never weighed it, and the
 * standfirst under its byline was taken for the headline. A date or a count has a word or three
 * besides its figures (a weekday, a month, "Uhr", "comments"); a headline has many words of letters.
 */
import { describe, expect, it } from 'vitest';
import { chooseOnClassedLines } from './headline-fixture.ts';
import { notAHeadline } from '../../scripts/ingest/lib/page-text/headline/title.ts';
import type { HeadlineBlock } from '../../scripts/ingest/lib/page-text/headline/headline.ts';

const choose = chooseOnClassedLines;

describe('a headline with figures in it', () => {
  it('is no date line', () => {
    expect(notAHeadline('Which Boards Fit the 2040, 2050 or 2060 Chips')).toBe(false);
    expect(notAHeadline('Where to Buy the K 7000, 8000 and 9000 Drills')).toBe(false);
  });

  it('leaves dates, times and counts what they are', () => {
    expect(notAHeadline('Freitag, 28.04.2023, 19:25')).toBe(true);
    expect(notAHeadline('04 November 2020')).toBe(true);
    expect(notAHeadline('Monday 4 May 2020 10.45 BST')).toBe(true);
    expect(notAHeadline('Sa., 12.03.2022 um 14:30 Uhr')).toBe(true);
  });

  it('is chosen over the standfirst under its dated byline', () => {
    const page: [string, HeadlineBlock['cls']][] = [
      ['Home News', 'short'],
      ['Which Boards Fit the 2040, 2050 or 2060 Chips', 'short'],
      ['By Jane Roe 04 November 2030', 'bad'],
      ['How to pick a board for the new chips before the shops run out.', 'near'],
      ['Shares', 'short'],
      ['The 2040, 2050 and 2060 chips reach the shops this week, and the boards that fit them are few: most need a new socket and a stronger supply.', 'good'],
      ['We list the boards that fit each of the chips, what they cost and where the shops have them, and we will add more as the makers announce them.', 'good'],
      ['Boards for the 2060 chip are the hardest to find: the makers built few of them, and the shops sold the first batch in a day.', 'good'],
    ];
    expect(choose(page)).toBe('Which Boards Fit the 2040, 2050 or 2060 Chips');
  });
});
