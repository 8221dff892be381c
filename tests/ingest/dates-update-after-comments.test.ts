/**
 * A page that shows only its update line is dated by it (dates-update-only.test.ts), unless its own
 * comments are dated before that update: nobody comments on a page before it is out, so the update is
 * not the day it came out, and that day is not on the page. The page stays undated (a wrong day puts
 * it at the wrong place on the timeline), the update kept as dateModified, the reason reported.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const HEADLINE = 'How to keep bees on a small farm';
const P1 = 'Keeping bees takes less room than most people think, and a single hive can pollinate a whole garden over one summer season.';
const P2 = 'Start with one hive, a good veil and a smoker, and visit the colony every week from spring until the first frosts arrive.';
const P3 = 'Most of the work is watching: a strong colony looks after itself if it has space to grow and food to last the winter.';

const page = (update: string, comments: string) =>
  `${HEADLINE}\nBy Ann Lee | ${update}\n\n${P1}\n\n${P2}\n\n${P3}\n\n${comments}\n\nLeave a Reply\nYour email address will not be published.`;

const COMMENTS_2015 = '12 Comments\nTom Berg says:\nJuly 14, 2015 at 3:53 pm\nThanks, this got me started.\nRita Holm says:\nJuly 17, 2015 at 8:28 am\nGreat guide.';

describe('an update line on a page whose comments are older', () => {
  it('leaves the page undated and keeps the update as dateModified', () => {
    const { record, report } = article(page('Last Updated: March 11, 2019', COMMENTS_2015));
    expect(record.date).toBeNull();
    expect(record.dateModified).toBe('2019-03-11');
    expect(rules(report)).toContain('update-after-comments');
  });

  it('still dates the page by its update when the comments came after it', () => {
    const comments = '2 Comments\nTom Berg says:\nApril 2, 2019 at 3:53 pm\nThanks, this got me started.';
    const { record, report } = article(page('Last Updated: March 11, 2019', comments));
    expect(record.date?.date).toBe('2019-03-11');
    expect(record.date?.source).toBe('update');
    expect(rules(report)).not.toContain('update-after-comments');
  });

  it('keeps a publication stamp, whatever the comments say', () => {
    const { record } = article(page('Published: March 11, 2019', COMMENTS_2015));
    expect(record.date?.date).toBe('2019-03-11');
  });

  it('reads dates that are no comments (no thread heading over them) as no comments', () => {
    const related = 'Related posts\nJuly 14, 2015\nBees in winter';
    const { record } = article(page('Last Updated: March 11, 2019', related));
    expect(record.date?.date).toBe('2019-03-11');
  });
});
