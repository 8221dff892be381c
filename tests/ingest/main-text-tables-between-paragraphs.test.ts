/**
 * Main-text recall: a table inside the article, as a browser's innerText gives it (the cells of a
 * row joined by tabs, rows by line ends; a cell holding blocks on lines of its own, with a line of
 * only a tab between two cells). Its cells are short, capitalised lines charged as other stories'
 * headlines: the run stopped above the table and the article under it was lost. The tabs are the
 * evidence that the lines are one table; decode turns tabs into spaces and segment drops blank
 * lines, so the evidence is kept beside the lines (never in their text), and a table with the
 * article's prose above and under it weighs nothing, so the run crosses it. A table of other
 * stories under the article, with no prose under it, stays out. Pages written here; the first five
 * tests failed before the fix (the third before its cell worded as a box's heading was read as a cell,
 * the fourth before a table left the box over it, the fifth before its rows were kept as a table's).
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { tableLinesOf } from '../../scripts/ingest/lib/page-text/lines/table-lines.ts';

const HEAD = ['Harbor Gazette', 'Home', 'Boats', 'Weather', 'Which harbor ferry suits a daily commute?', 'By Jane Roe', 'March 3, 2025'];
const ABOVE = [
  'The harbor authority now runs three kinds of ferry on the commuter routes, and each of them suits a different kind of trip across the bay, from a short hop to a long crossing in rough weather.',
  'We rode all three for a month, at rush hour and late at night, and compared what matters most to those who cross every working day: speed, comfort, price and how often the boats are late.',
];
const CELLS = [
  ['Feature', 'Water Bus (Small Ferry)', 'Fast Cat (Catamaran)'],
  ['Crossing Time', 'Forty Minutes', 'Fifteen Minutes'],
  ['Seats Inside', 'Sixty Seats', 'Two Hundred Seats'],
  ['Rough Weather', 'Often Cancelled', 'Runs Most Days'],
  ['Monthly Pass', 'Cheap (Zone One)', 'Costly (All Zones)'],
  ['Late Service', 'Until Midnight', 'Until Nine'],
  ['Bicycles Aboard', 'Four Racks', 'No Racks'],
  ['Coffee Bar', 'Vending Machine', 'Full Bar Service'],
  ['Wheelchair Access', 'Ramp At Stern', 'Lift To Upper Deck'],
  ['Best Use Case', 'Short Hops Downtown', 'Long Crossings North'],
  ['Noise Level', 'Quiet Electric Motor', 'Loud Diesel Engines'],
  ['Wifi Aboard', 'Patchy Signal', 'Fast Free Wifi'],
];
const BELOW = [
  'For most commuters the fast catamaran is worth its higher price, because the time it saves each morning adds up to more than a working day every month of the year.',
  'Those who live downtown and cycle to the pier should still take the water bus, which carries bicycles, runs late and costs far less over a year of daily trips.',
];
const FOOT = ['Share this story', 'Related Stories', 'Privacy Policy', 'Terms of Use', '© 2025 Harbor Gazette'];

/** innerText of a table whose cells hold blocks: a cell a line, a tab-only line between cells, blank lines between rows. */
const blockCells = (rows: string[][]) => rows.map((row) => row.join('\n\n\t\n\n')).join('\n\n\n\n');
/** innerText of a table whose cells are inline: a row a line, its cells joined by tabs. */
const inlineCells = (rows: string[][]) => rows.map((row) => row.join('\t')).join('\n');

const page = (table: string, below = BELOW) => [...HEAD, ...ABOVE, table, ...below, ...FOOT].join('\n\n');

describe('main-text recall: a table the browser marked with tabs, between paragraphs', () => {
  it('crosses a table whose cells stand one a line, a tab-only line between them', () => {
    const { body } = article(page(blockCells(CELLS)));
    for (const p of [...ABOVE, ...BELOW]) expect(body).toContain(p);
    expect(body).toContain('Fifteen Minutes');
    expect(body).not.toContain('Privacy Policy');
  });

  it('crosses a table whose rows stand one a line, cells joined by tabs; the tabs read as spaces', () => {
    // A row a line weighs less than a cell a line: one paragraph under the table outweighs its rows no more.
    const { body } = article(page(inlineCells(CELLS), BELOW.slice(0, 1)));
    for (const p of [...ABOVE, BELOW[0]]) expect(body).toContain(p);
    expect(body).toContain('Crossing Time Forty Minutes Fifteen Minutes');
    expect(body).not.toContain('\t');
  });

  it('reads a column headed as a box of other stories would be ("Recommended …") as the table\'s', () => {
    const advice = [
      ['Commute', 'Best Ferry', 'Recommended Option'],
      ['Downtown Office', 'Water Bus', 'Monthly Pass Zone One'],
      ['North Shore Office', 'Fast Cat', 'Monthly Pass All Zones'],
      ['Night Shifts', 'Water Bus', 'Single Tickets Late'],
      ['Cycling Commuters', 'Water Bus', 'Bicycle Add-On Pass'],
      ['Wheelchair Users', 'Fast Cat', 'Free Carer Ticket'],
    ];
    const { body } = article(page(blockCells(advice), BELOW.slice(0, 1)));
    for (const p of [...ABOVE, BELOW[0]]) expect(body).toContain(p);
    expect(body).toContain('Recommended Option');
    expect(body).toContain('Bicycle Add-On Pass');
  });

  it('keeps a spec table under a heading worded as a box of other stories ("Recommended …")', () => {
    const specs = ['Hull:\tAluminium\tLength:\t12 metres', 'Engine:\tElectric\tSpeed:\t14 knots', 'Seats:\t60\tRange:\t40 nautical miles'];
    const { body } = article([...HEAD, ...ABOVE, 'Recommended configuration', ...specs, ...BELOW, ...FOOT].join('\n\n'));
    for (const p of [...ABOVE, ...BELOW]) expect(body).toContain(p);
    expect(body).toContain('Engine: Electric Speed: 14 knots');
  });

  it('keeps a table\'s rows of figures that read as date lines alone ("Weight→4.41 lbs")', () => {
    const specs = ['Weight\t4.41 lbs', 'Top speed\t14.5 knots', 'First sailing\t6.15 am', 'Last sailing\t11.45 pm'];
    const { body } = article([...HEAD, ...ABOVE, ...specs, ...BELOW, ...FOOT].join('\n\n'));
    for (const p of [...ABOVE, ...BELOW]) expect(body).toContain(p);
    expect(body).toContain('Weight 4.41 lbs');
    expect(body).toContain('First sailing 6.15 am');
  });

  it('leaves a table of other stories under the article out', () => {
    const stories = [
      ['Harbor Pilots Strike Again', 'Ferry Fares Rise In Spring', 'New Pier Opens Downtown'],
      ['Storm Closes North Crossing', 'Lighthouse Gets New Keeper', 'Fish Market Moves Inland'],
      ['Regatta Draws Record Crowd', 'Dredging Work Starts Monday', 'Tugboat Museum Reopens Soon'],
      ['Port Budget Passes Council', 'Bridge Toll Plan Shelved', 'Seawall Repairs Run Late'],
      ['Marina Fees Under Review', 'Sailing School Adds Classes', 'Cruise Season Starts Early'],
    ];
    const { body } = article([...HEAD, ...ABOVE, ...BELOW, 'More From The Gazette', blockCells(stories), ...FOOT].join('\n\n'));
    for (const p of [...ABOVE, ...BELOW]) expect(body).toContain(p);
    expect(body).not.toContain('Harbor Pilots Strike Again');
    expect(body).not.toContain('Cruise Season Starts Early');
  });
});

describe('tableLinesOf: how many cells the tabs mark on each line', () => {
  it('counts the cells of rows joined by tabs and marks the cells beside a tab-only line, nothing else', () => {
    const text = ['Label\tvalue', '', 'Cell one', '', ' \t ', '', 'Cell two', 'Row\tof\tcells', 'After', '\tIndented', 'Trailing\t'].join('\n');
    // A leading or trailing tab is an indent or debris, no cell's edge; how many marked lines make a table is main-text's to say.
    expect([...tableLinesOf(text)!]).toEqual([2, 0, 1, 0, 0, 0, 1, 3, 0, 0, 0]);
  });

  it('is null for a text with no tab', () => {
    expect(tableLinesOf('One\nTwo')).toBeNull();
  });
});
