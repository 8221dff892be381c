/**
 * Text path: the article's stamp under the article (in the page's footer zone), where dates are as
 * often a comment's or another story's. Only a stamp that says what it dates is read there: a label
 * before it, on its line or alone on the line over it; a byline right over the first date under the
 * article. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.';
const HEADLINE = 'New science plan for Africa launched by China';
const page = (footer: string) => `${HEADLINE}\n\n${P1}\n\n${P2}\n\n${P3}\n\n${footer}`;

describe('a stamp under the article', () => {
  it('is read under a label alone on the line over it, a blank line between', () => {
    const { record } = article(page('Published\n\nAugust 30, 2024\n\nAuthor\n\nAnn Lee\n\nShare this page'));
    expect(record.date?.date).toBe('2024-08-30');
    expect(record.date?.evidence).toContain('Published');
  });

  it('is read after "Posted on the" and before its time and byline', () => {
    const { record } = article(page('Posted on the 15/12/2025 at 19:00 by @annlee\n\nPrevious article'));
    expect(record.date?.date).toBe('2025-12-15');
  });

  it('is read right under a labelled byline', () => {
    const { record } = article(page('Written by Ann Lee and Li Wei\n\nApril 8, 2024\n\nSummarize with AI'));
    expect(record.date?.date).toBe('2024-04-08');
  });

  it("is not read under a commenter's name", () => {
    const { record } = article(page('2 thoughts on this\n\nAnn Lee says:\n\nApril 8, 2024 at 3:45 pm\n\nGreat piece, thanks.'));
    expect(record.date).toBeNull();
  });

  it('is not read under a related story\'s byline, after the article\'s own stamp', () => {
    const { record } = article(page('Posted on 03 Jul 2025\n\nRelated Articles\n\nNine other ways to plan\n\nBy Ann Lee\n\n09 Jul 2025\n\nSubscribe'));
    expect(record.date?.date).toBe('2025-07-03');
  });
});

describe('an ISO stamp with its time run on', () => {
  it('is read under the headline ("2026-01-07T15:52:22+00:00")', () => {
    const { record } = article(`${HEADLINE}\n2026-01-07T15:52:22+00:00Leave a comment\n\n${P1}\n\n${P2}\n\n${P3}`);
    expect(record.date?.date).toBe('2026-01-07');
  });
});

describe('two dates run together in one stamp, no label between', () => {
  it('dates the page by the earlier one: a page is not changed before it comes out', () => {
    const { record } = article(`${HEADLINE}\nJuly 13, 2024October 10, 2020 by Ann Lee\n\n${P1}\n\n${P2}\n\n${P3}`);
    expect(record.date?.date).toBe('2020-10-10');
    expect(record.date?.evidence).toContain('July 13, 2024October 10, 2020');
  });

  it('keeps the first when it is the earlier ("Posted on June 29, 2020November 12, 2021")', () => {
    const { record } = article(`${HEADLINE}\nPosted on June 29, 2020November 12, 2021\n\n${P1}\n\n${P2}\n\n${P3}`);
    expect(record.date?.date).toBe('2020-06-29');
  });

  it('reads a label between them as it says ("Published May 1, 2024 · Updated April 1, 2024" is read for May 1)', () => {
    expect(findStampDate('Published May 1, 2024 · Updated April 1, 2024')?.date).toBe('2024-05-01');
  });
});
