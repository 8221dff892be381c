/**
 * Main-text recall: a table the page lays out one cell a line ("Replacing a Deck Railing" over
 * "$89 - $249+", "Classes Taken Online" under "97%"), as innerText gives a table whose cells are blocks.
 * Its label lines are short and capitalised: weighed as other stories' headlines they cost more than
 * the paragraphs around the table, and the run stopped above it, leaving the article's rest out.
 * Cells of figures weigh nothing either way now (as rows of figures do), so the run crosses such a
 * table between paragraphs; a table with no prose under it stays out. Small pages written here; the
 * first test failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';

const HEADLINE = 'What a Deck Repair Costs in Harbor County';
const OPENING = [
  'Deck repairs cost more this year than last, as timber prices rose again and carpenters in the county stayed busy with storm damage well into the autumn, the builders’ guild said.',
  'The guide below lists what the guild’s members charged.',
];
const JOBS = [
  ['Replacing a Loose Board', '$49 - $89+'],
  ['Replacing a Deck Railing', '$189 - $449+'],
  ['Sealing and Staining', '$349 - $749+'],
  ['Replacing the Stairs', '$595 - $1,200+'],
  ['Rebuilding the Frame', '$2,800 - $6,000+'],
  ['Adding a Pergola', '$1,900 - $4,500+'],
];
const CELLS = JOBS.flat();
const REST = ['Prices vary with the size of the deck and the timber it is built from: hardwood costs about twice as much as pine.'];
const FOOTER = ['About Us', 'Contact', 'Privacy Policy', 'Careers', 'Advertise'];

describe('main-text recall: a table laid out one cell a line', () => {
  it('keeps the opening, the cells and the paragraphs under the table', () => {
    const kept = articleLines([HEADLINE, ...OPENING, ...CELLS, ...REST, ...FOOTER].join('\n'));
    expect(kept).toEqual(expect.arrayContaining([...OPENING, ...CELLS, ...REST]));
    expect(kept).not.toContain('Privacy Policy');
  });

  it('keeps a table whose values stand above their labels', () => {
    const STATS = ['97%', 'Classes Taken Online', '$15,000', 'Average Tuition, In-State', '62%', 'Second-Year Return', '$31,000', 'Average Tuition, Out-of-State', '51%', 'Acceptance Rate', '12,400', 'Students Enrolled', '18:1', 'Student to Faculty Ratio', '83%', 'Graduation Rate'];
    const kept = articleLines([HEADLINE, ...OPENING, ...STATS, ...REST, ...FOOTER].join('\n'));
    expect(kept).toEqual(expect.arrayContaining([...OPENING, ...REST]));
  });

  it('leaves cells with no prose under them out', () => {
    const page = [HEADLINE, ...OPENING, ...REST, 'Price list', ...CELLS, ...FOOTER].join('\n');
    expect(articleLines(page)).toEqual([...OPENING, ...REST]);
  });

  it('takes no list of other stories with their reading times for a table', () => {
    const TEASERS = ['Storm Season Leaves Harbor Decks in Ruins', '3 min read', 'Why Timber Prices Keep Rising This Year', '5 min read', 'The Carpenters Who Rebuilt the Pier', '4 min read', 'A Guide to Hiring a Builder You Can Trust', '6 min read'];
    const page = [HEADLINE, ...OPENING, ...REST, 'More from Harbor Gazette', ...TEASERS, 'Our newsletter brings the week’s stories from the coast to your inbox every Sunday morning, with a letter from the editor.', ...FOOTER].join('\n');
    const kept = articleLines(page);
    expect(kept).not.toContain(TEASERS[0]);
    expect(kept).not.toContain(TEASERS[6]);
  });
});
