/**
 * The article's publication day as pages of many sites write it (issue 13, item 4), on small pages
 * written here: stamp rows whose fields run together, a date riding in the byline, a stamp far above
 * the first paragraph, and the dates under the article (other stories', comments') that are not its own.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
const HEADLINE = 'New science plan for Africa launched by China';

describe('stamp rows whose fields run together', () => {
  it.each([
    ['ByJane RoeMar 5, 2025 | 6 comments', '2025-03-05'],
    ['Sleep ScienceDECEMBER 22, 2022Updated: JANUARY 02, 2026', '2022-12-22'],
    ['By Jane RoeJanuary 14, 202620 Mins Read', '2026-01-14'],
    ['Posted by Jane September 27, 20231', '2023-09-27'],
    ['December 13, 2025in Smart Home', '2025-12-13'],
  ])('reads "%s"', (line, date) => {
    expect(findStampDate(line, 'en')?.date).toBe(date);
  });

  it.each([
    ['Published: 27/05/2024', '2024-05-27'],
    ['Updated: 10/31/2024', '2024-10-31'],
  ])('reads a numeric date with one possible reading, "%s"', (line, date) => {
    expect(findStampDate(line, 'en')?.date).toBe(date);
  });

  it('does not read a numeric date with two readings', () => {
    expect(findStampDate('Published: 03/10/2023', 'en')).toBeNull();
  });

  it('does not read a month inside a word, or a year inside a longer number', () => {
    expect(findStampDate('summary 5, 2025 figures', 'en')).toBeNull();
    expect(findStampDate('Remarkable May 5, 202512345 units', 'en')).toBeNull();
  });
});

describe('the stamp in the article’s header', () => {
  it.each([
    ['By Daniel Cho • December 17, 2025 • 11 min read', '2025-12-17'],
    ['January 16, 2025 11 min read', '2025-01-16'],
    ['By Jane Roe - Mar 27, 2024', '2024-03-27'],
    ['BY JANE ROEPUBLISHED: JAN 29, 2025', '2025-01-29'],
    ['December 13, 2025 in Smart Home', '2025-12-13'],
  ])('is read from a row with a byline, a reading time or a category: "%s"', (row, date) => {
    const { record } = article(`${HEADLINE}\n${row}\n\n${BODY}\n\nMore stories\nFootball club wins the cup in extra time\nNovember 25, 2025\nStorm closes schools across the north\nOctober 31, 2025`);
    expect(record.date?.date).toBe(date);
  });

  it('is read when it says what it dates, though far above the article or inside it', () => {
    const menu = Array.from({ length: 16 }, (_, i) => `Menu entry number ${i + 1}`).join('\n');
    const far = article(`Published March 9, 2026\n${menu}\n${HEADLINE}\n\n${BODY}`);
    expect(far.record.date?.date).toBe('2026-03-09');
    const inside = article(`${HEADLINE}\n\n${P1}\n\n${P2}\nPublished On: 15 August 2025\n${P3}`);
    expect(inside.record.date?.date).toBe('2025-08-15');
  });

  it('is read from a labelled stamp with its byline, far above the article', () => {
    const menu = Array.from({ length: 16 }, (_, i) => `Menu entry number ${i + 1}`).join('\n');
    const { record } = article(`Posted by By Jane Roe September 27, 2023\n${menu}\n${HEADLINE}\n\n${BODY}`);
    expect(record.date?.date).toBe('2023-09-27');
  });

  it('is not a bare date far above the article (another story’s, in a list)', () => {
    const menu = Array.from({ length: 16 }, (_, i) => `Menu entry number ${i + 1}`).join('\n');
    const { record } = article(`March 9, 2026\n${menu}\n${HEADLINE}\n\n${BODY}`);
    expect(record.date).toBeNull();
  });

  it('is read under the headline though a table of contents stands between it and the first paragraph', () => {
    const contents = Array.from({ length: 14 }, (_, i) => `Part ${i + 1}: section heading number ${i + 1}`).join('\n');
    const { record } = article(`${HEADLINE}\nNovember 19, 2019\nTable of Contents\n${contents}\n\n${BODY}`);
    expect(record.date?.date).toBe('2019-11-19');
  });
});

describe('dates under the article', () => {
  it('are other stories’ or comments’ dates: the article stays undated', () => {
    const { record } = article(`${HEADLINE}\nBy Jane Roe\n\n${BODY}\n\nRelated posts\nFootball club wins the cup in extra time\nNovember 25, 2025\nStorm closes schools across the north\nOctober 31, 2025\n\n2 comments\nLorenz April 20, 2024\nGreat article, thanks.`);
    expect(record.date).toBeNull();
    expect(record.published ?? null).toBeNull();
  });

  it('date the article when they say they are its publication date', () => {
    const { record } = article(`${HEADLINE}\nBy Jane Roe\n\n${BODY}\n\nPosted on November 19, 2019\nRelated posts\nFootball club wins the cup in extra time\nNovember 25, 2025`);
    expect(record.date?.date).toBe('2019-11-19');
  });

  it('come after the header’s stamp', () => {
    const { record } = article(`${HEADLINE}\nNovember 20, 2019\n\n${BODY}\n\nPublished: October 1, 2018\nRelated posts`);
    expect(record.date?.date).toBe('2019-11-20');
  });

  it('give the publication date when the header only says when the page was updated', () => {
    const { record } = article(`${HEADLINE}\nUpdated: November 20, 2019\n\n${BODY}\n\nPublished: October 1, 2018\nRelated posts`);
    expect(record.date?.date).toBe('2018-10-01');
  });
});
