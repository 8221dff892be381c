/**
 * HTML seeds: a figure with a decimal point on a line of its own ("Average GPA: 3.64", "Overall score:
 * 4.58 / 5" under a pick's stars) is the article's, not a stamp's time: it stays; a stamp whose time is written
 * with a point ("Published 14.14", "12.30 Uhr") still goes, reported.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isFigureNotTime } from '../../scripts/ingest/lib/html/furniture/figure-not-time.ts';

const P = [
  'We compared the twelve largest business schools in the region on their intake, their fees and what their graduates earn three years later.',
  'The first school on the list has the largest class and the widest choice of electives, though its fees are also the highest of the twelve.',
  'The second school is smaller, and its graduates report the highest satisfaction with the teaching, the careers service and the alumni network.',
  'Both schools publish their figures every year, and the numbers below are those of the class that started its studies last autumn.',
];

const page = (inside: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>The region's business schools compared</title></head><body>
<article class="post"><h1>The region's business schools compared</h1>
<div class="entry-content"><p>${P[0]}</p><p>${P[1]}</p>${inside}<p>${P[2]}</p><p>${P[3]}</p></div></article></body></html>`;

describe('HTML furniture: figures with a decimal point are no date lines', () => {
  it('keeps ratings and averages on lines of their own', () => {
    const figures = '<h2>Northfield School</h2><ul><li>Class size: 412</li><li>Average GPA: 3.64</li></ul><p>Overall score: 4.58 / 5</p><p>Average rating: 4.85</p>';
    const { body, report } = article(page(figures), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const kept of ['Average GPA: 3.64', 'Overall score: 4.58 / 5', 'Average rating: 4.85']) expect(body).toContain(kept);
    expect(report.entries.some((e) => e.rule === 'furniture' && /3\.64|4\.58|4\.85/.test(e.text ?? ''))).toBe(false);
  });

  it('still leaves out a stamp whose time is written with a point', () => {
    const { body, report } = article(page('<p>Published 14.14</p>'), 'page.html');
    expect(body).not.toContain('Published 14.14');
    expect(report.entries.some((e) => e.rule === 'furniture' && e.text === 'Published 14.14')).toBe(true);
  });

  it('tells a figure from a time', () => {
    for (const figure of ['4.58', 'Average GPA: 3.64', '$99.99', '4.96 / 5.0', 'Starter: $13.30/mo']) expect(isFigureNotTime(figure), figure).toBe(true);
    for (const stamp of ['Uppdaterad 15.59 | Publicerad 14.14', '12.30 Uhr', 'klo 15.30', '9.30 A.M. / 7.00 P.M.', '2018.04.05', 'Freitag, 28.04.2023, 19:25', 'Updated 12.30', '24 March 2024 10.32'])
      expect(isFigureNotTime(stamp), stamp).toBe(false);
  });
});
