/**
 * Main-text recall: a number alone on a line ("83", "720") is a table's cell or a score, not a row of
 * page numbers: a pagination row has two numbers or more, apart ("1 2 3 Next"). Read as one, the
 * lone number (a rule that ends the article) cut the article off at the table it ends with.
 * Small page written here; failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { matchChrome } from '../../scripts/ingest/stages/clean.ts';
import { articleLines } from '../helpers/main-text.ts';

const P1 = 'The testers wore each of the three watches on daily runs for two months, on roads, on trails and on the track, and compared their distances with a surveyed course every week of the test.';
const P2 = 'Accuracy was scored out of one hundred from those runs, with points taken off for every lost satellite fix and for every lap that drifted more than two per cent from the course.';
const TABLE = ['Watch', 'Score', 'Alpha Runner', '83', 'Beta Trail', '77', 'Gamma Sport', '73'];
const P3 = 'The scores above are the average of all runs in the test period, and they moved very little between the road and the trail sessions, which suggests that the watches were tested under fair conditions and that the ranking will hold for most of the runners who buy one this year.';
const FOOTER = ['About Us', 'Contact', 'Privacy Policy', 'Careers'];

describe('main-text recall: a lone number is no pagination row', () => {
  it('reads "83" and "720" as no page numbers, and "1 2 3" still as one', () => {
    expect(matchChrome('83')).toBeUndefined();
    expect(matchChrome('720')).toBeUndefined();
    expect(matchChrome('1 2 3 Next')?.id).toBe('pagination');
    expect(matchChrome('« 1 2 »')?.id).toBe('pagination');
  });

  it('runs the article on through a table of scores to the paragraph under it', () => {
    const page = ['Three Running Watches Tested for Accuracy', P1, P2, ...TABLE, P3, ...FOOTER].join('\n');
    expect(articleLines(page)).toEqual([P1, P2, ...TABLE.filter((l) => !/^\d+$/.test(l)), P3]);
  });
});
