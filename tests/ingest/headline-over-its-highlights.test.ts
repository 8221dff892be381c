/**
 * A summary's label under the headline ("Story Highlights", "Key points") and its points in lines of a
 * headline's shape: a point tells the story in more of the article's words, and the chooser took it.
 * The line over the label heads the summary. Pages written here; the page tests failed on the base.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { headlineOverItsHighlights } from '../../scripts/ingest/lib/page-text/headline/headline-over-its-highlights.ts';

const MENU = ['Harbor Weekly', 'News', 'Features', 'Food', 'Travel'];
const HEADLINE = 'Harbor crews walk out over winter timetable';
const POINTS = [
  'Ferry crews say the new winter timetable leaves no rest between stormy crossings',
  'Talks between the ferry crews and the harbor board broke down on Friday',
  'Passengers pile up on the pier as the northern crossing closes',
];
const P1 = 'Ferry crews on the stormy bay walked out on Friday, saying the new winter timetable leaves them no rest between crossings and the passengers pile up on the pier.';
const P2 = 'The harbor board says the ferry timetable keeps the crossings going through the winter gales, and that talks with the crews will go on next week.';
const P3 = 'The northern crossing closed at noon, and the ferry crews said they would stay out until the harbor board changed the winter timetable.';
const FOOT = ['Share this story', 'More News', 'Privacy Policy', '© 2025 Harbor Weekly'];

const titleOf = (header: string[]) => article([...MENU, ...header, P1, P2, P3, ...FOOT].join('\n\n')).record.title;

describe('a headline over its summary\'s label and points', () => {
  it('is the headline, not a point that shares more of the article\'s words', () => {
    expect(titleOf([HEADLINE, 'Story Highlights', ...POINTS, 'By Jane Roe'])).toBe(HEADLINE);
    expect(titleOf([HEADLINE, 'Key points:', ...POINTS, 'By Jane Roe'])).toBe(HEADLINE);
  });
});

describe('headlineOverItsHighlights', () => {
  const lines = ['News', HEADLINE, 'Story Highlights', ...POINTS, 'By Jane Roe'];
  const all = () => true;
  it('moves from a point to the line over the label', () => {
    expect(headlineOverItsHighlights(lines, 3, all, all)).toBe(1);
    expect(headlineOverItsHighlights(lines, 5, all, all)).toBe(1);
  });
  it('keeps the point when the line over the label is no headline, or a line between is no point', () => {
    expect(headlineOverItsHighlights(lines, 3, all, () => false)).toBe(3);
    expect(headlineOverItsHighlights(lines, 5, (i) => i !== 4, all)).toBe(5);
  });
  it('keeps a line with no label over it, and the headline itself', () => {
    expect(headlineOverItsHighlights(lines, 1, all, all)).toBe(1);
    const unlabelled = ['News', HEADLINE, 'Highlights of the season', ...POINTS];
    expect(headlineOverItsHighlights(unlabelled, 3, all, all)).toBe(3);
  });
});
