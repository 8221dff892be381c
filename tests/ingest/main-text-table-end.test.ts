/**
 * Main-text recall: a table the article ends with comes under a few short lines of its own (the
 * picture's label, its title, its source and date, its header row), which innerText gives one per
 * line; the rows (one punctuated shape) are the article's all the same. Without rows of one shape,
 * the short lines after the last paragraph stay out. Small pages written here; failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';

const A1 = 'The engineering school climbed in this year’s national rankings, with three programmes now first in the country and two more in the top three, the university said on Tuesday.';
const A2 = 'Rankings are drawn from surveys of deans and senior faculty at other universities, who rate the programmes they know on a scale from one to five, the publisher said.';
const CAPTION = ['Image', '2026 Undergraduate Rankings', 'National Ranking Survey', 'Published in Fall 2025', 'School Ranking Public Ranking'];
const ROWS = [
  'Biomedical Engineering 1st (2nd last year) 1st',
  'Environmental Engineering 1st (3rd last year) 1st',
  'Industrial Engineering 1st (unchanged) 1st',
  'Aerospace Engineering 2nd (unchanged) 1st',
  'Chemical Engineering 2nd (3rd last year) 1st',
];
const FOOTER = ['About Us', 'Contact', 'Privacy Policy', 'Careers'];

describe('main-text recall: a table under its title and source after the last paragraph', () => {
  it('keeps the title lines and the rows, and leaves the footer out', () => {
    const page = ['Engineering School Climbs in National Rankings', A1, A2, ...CAPTION, ...ROWS, ...FOOTER].join('\n');
    expect(articleLines(page)).toEqual([A1, A2, ...CAPTION, ...ROWS]);
  });

  it('keeps nothing after the last paragraph when no rows follow the short lines', () => {
    const page = ['Engineering School Climbs in National Rankings', A1, A2, ...CAPTION, ...FOOTER].join('\n');
    expect(articleLines(page)).toEqual([A1, A2]);
  });
});
