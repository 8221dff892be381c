/**
 * Main-text recall: a long list the article ends with whose rows share one mark ("Author, Title",
 * "Town, Region"), grouped under short labels that end in a colon ("12 votes:"). One mark is too
 * little for a short list's shape (a box of headlines with a colon or a comma each looks the same), so
 * only a long run of such rows grouped under two labels or more counts (a shop's list of its towns,
 * "Akron, OH", … has no labels): the article ends on its last row, and what follows it is judged as
 * before. Invented pages; the first failed before.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';

const P1 = 'Every winter our readers send us the books they could not put down, and this year more than four hundred of you wrote in with your favourites from the past twelve months.';
const P2 = 'We counted every vote by hand, which took longer than we would like to admit, and the books that more than a handful of readers named are listed below, most votes first.';
const BOOKS = [
  'Mara Lind, The Salt Road', 'Tomas Ferrer, A House Above the Harbour', 'Ada Quist, Winter Orchard', 'Jon Harrow, The Lantern Keeper',
  'Ines Moreau, Small Hours', 'Paul Okafor, Rivers of the North', 'Lena Strand, The Quiet Year', 'Sam Ellery, Maps for Strangers',
  'Rita Coelho, Ten Letters Home', 'Ivo Brandt, The Glass Orchard', 'Nora Vale, Before the Tide', 'Kit Moreno, Field Notes',
];
const GROUPED = ['31 votes:', ...BOOKS.slice(0, 2), '27 votes:', BOOKS[2], '22 votes:', ...BOOKS.slice(3, 7), '18 votes:', ...BOOKS.slice(7)];
const FOOT = ['Shop the list', 'Newsletter', 'About Us', 'Contact', 'Privacy Policy'];

describe('main-text recall: a long list of rows that share one mark', () => {
  it('keeps the rows and their labels after the last paragraph, and not the footer after them', () => {
    const page = ['Readers’ favourite books of the year', P1, P2, 'Buy these books at your local shop', ...GROUPED, ...FOOT].join('\n');
    const kept = articleLines(page);
    for (const line of BOOKS) expect(kept, line).toContain(line);
    for (const line of FOOT) expect(kept).not.toContain(line);
  });

  it('leaves out a long list of towns with no labels (a shop’s locations)', () => {
    const towns = ['Akron, OH', 'Baton Rouge, LA', 'Bend, OR', 'Boise, ID', 'Dayton, OH', 'Erie, PA', 'Fresno, CA', 'Macon, GA', 'Mobile, AL', 'Ogden, UT', 'Provo, UT', 'Salem, OR', 'Tulsa, OK', 'Waco, TX'];
    const page = ['Readers’ favourite books of the year', P1, P2, 'Find a shop near you', ...towns, ...FOOT].join('\n');
    const kept = articleLines(page);
    for (const line of towns) expect(kept).not.toContain(line);
  });

  it('leaves out a short box of headlines with a colon each', () => {
    const related = ['Review: The Salt Road', 'Interview: Ada Quist on orchards', 'Essay: Why we still count votes by hand', 'Books: The year in translation', 'Podcast: Ten letters home'];
    const page = ['Readers’ favourite books of the year', P1, P2, 'More from the books desk', ...related, ...FOOT].join('\n');
    const kept = articleLines(page);
    for (const line of related) expect(kept).not.toContain(line);
  });
});
