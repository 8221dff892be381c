/**
 * Main-text recall: a table of figures inside the article ("1 Harbor Mutual Group 10,764,591 16.4",
 * one row a line as innerText gives it) is the article's. Its rows are short, capitalised, and many:
 * weighed as other stories' headlines they cost more than the paragraphs above them, and the run
 * started under the table, leaving the article's opening out. Rows of figures weigh nothing either
 * way now, so the article runs on through its tables; a table with no prose under it stays out.
 * Small pages written here; the first test failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';

const HEADLINE = 'The Largest Harbor Insurers of the Year';
const OPENING = [
  'Harbor insurers wrote more premiums last year than in any year before, as prices for cover rose faster than claims for the third year in a row, the regulator said in its annual report.',
  'The ten largest groups now hold almost half of the market, up from a third ten years ago, and the top twenty-five hold close to three quarters of it.',
];
const HEADER_ROW = 'Rank Company Premiums (thousands) % Change';
const NAMES = ['Harbor Mutual', 'Bayside', 'North Quay', 'Pier One', 'Tidewater', 'Anchor', 'Lighthouse', 'Breakwater', 'Saltmarsh', 'Keel', 'Mooring', 'Dockside', 'Seawall', 'Estuary', 'Channel', 'Jetty', 'Wharf', 'Lagoon', 'Marina', 'Capstan', 'Bollard', 'Gangway', 'Bowline', 'Slipway', 'Sandbar', 'Headland', 'Inlet', 'Causeway', 'Shoal', 'Riptide'];
const ROWS = NAMES.map((name, i) => `${i + 1} ${name} Insurance Group ${(90 - i * 2).toString()},${(100 + i * 7).toString()},${(500 + i).toString()} ${(i % 7) + 1}.${i % 10}`);
const REST = [
  'The list had some movement from the year before: Bayside climbed two places after a year of strong growth in its home and marine books, and Tidewater fell out of the top five.',
  'Anchor showed the biggest increase among the largest groups, its premiums up by a fifth after it bought a smaller rival in the spring, the report said.',
  'Keel saw the biggest decrease, its premiums down by a tenth as it left two coastal markets where storms had made cover too costly to sell.',
];
const FOOTER = ['About Us', 'Contact', 'Privacy Policy', 'Careers', 'Advertise'];

describe('main-text recall: a table of figures inside the article', () => {
  it('keeps the opening, the rows and the paragraphs under the table', () => {
    const page = [HEADLINE, ...OPENING, HEADER_ROW, ...ROWS, ...REST, ...FOOTER].join('\n');
    const kept = articleLines(page);
    expect(kept).toEqual(expect.arrayContaining([...OPENING, ...ROWS, ...REST]));
    expect(kept).not.toContain('Privacy Policy');
  });

  it('leaves rows of figures with no prose under them out', () => {
    const page = [HEADLINE, ...OPENING, ...REST, 'Market data', HEADER_ROW, ...ROWS.slice(0, 8), ...FOOTER].join('\n');
    expect(articleLines(page)).toEqual([...OPENING, ...REST]);
  });

  it('reads no dates or ranges as figures: footnotes and a plan by months are no table to cross', () => {
    // Thirty lines between the opening and the rest: crossed only if taken for rows of figures.
    const NOTES = NAMES.map((name, i) => `${name} Gallery, Jane Roe, consulted on ${i % 2 ? 'October 22' : 'November 5'}, 2025 ↩︎`);
    const notes = articleLines([HEADLINE, ...OPENING, ...NOTES, ...REST, ...FOOTER].join('\n'));
    expect(notes).toEqual(expect.arrayContaining(REST));
    expect(notes).not.toContain(NOTES[3]);
    const PLAN = NAMES.map((name, i) => `${i + 2}-${i + 4} Months Before the ${name} Move`);
    const plan = articleLines([HEADLINE, ...OPENING, ...PLAN, ...REST, ...FOOTER].join('\n'));
    expect(plan).toEqual(expect.arrayContaining(REST));
    expect(plan).not.toContain(PLAN[3]);
  });
});

describe('main-text recall: a page whose article is a table', () => {
  const INTRO = 'The final standings of the coastal rowing season after its last regatta, with points, wins and podium finishes for each club:';
  const CLUBS = NAMES.slice(0, 12).map((name, i) => `${i + 1} ${name} Rowing Club ${90 - i * 3} ${i % 5} ${(i * 7) % 11}`);
  const page = ['Harbor Gazette', 'Home', 'Sport', 'Coastal rowing league: final standings', INTRO, 'Pos. Club Points Wins Podiums', ...CLUBS, 'Related stories', ...FOOTER].join('\n');

  it('keeps the sentence that introduces the table with its rows', () => {
    const kept = articleLines(page);
    expect(kept[0]).toBe(INTRO);
    expect(kept).toEqual(expect.arrayContaining(CLUBS));
  });
});
