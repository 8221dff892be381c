/**
 * The date line under the headline that main-text takes into the article's run (a byline, a
 * standfirst and a date between the headline and the first paragraph) is the article's stamp; a
 * date line further into the text is the text's own (issue 13, item 4). Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAGRAPHS, SITE_MENU, article } from './helpers.ts';

const HEADLINE = 'Machine learning, explained for research labs';
const STANDFIRST = 'This pervasive and powerful form of artificial intelligence is changing how laboratories in many countries share their data and results.';
const P = ARTICLE_PARAGRAPHS;
const MENU = SITE_MENU;

describe('a date line under the headline, inside the article’s run', () => {
  it('is the article’s stamp under its byline, after a standfirst in two paragraphs', () => {
    const { record, report } = article(`${HEADLINE}\n${STANDFIRST}\n${STANDFIRST.replace('many', 'twelve')}\nBy Jane Roe and John Doe\nNov 25, 2025\n${P.join('\n')}`);
    expect(record.title).toBe(HEADLINE);
    expect(record.date?.date).toBe('2025-11-25');
    expect(report.entries.some((e) => e.rule === 'date-stamp-under-headline')).toBe(true);
    // The line stays where main-text put it: only its date is read.
    expect(report.entries.some((e) => e.rule === 'inside-article' && e.text === 'Nov 25, 2025')).toBe(true);
  });

  it('is the article’s stamp under a standfirst the page shows twice (one paragraph)', () => {
    const { record, report } = article(`${HEADLINE}\n${STANDFIRST}\n${STANDFIRST}\nSara Brown\nAug 25, 2024\n${P.join('\n')}`);
    expect(record.date?.date).toBe('2024-08-25');
    expect(report.entries.some((e) => e.rule === 'date-stamp-under-headline')).toBe(true);
  });

  it('is the text’s own once two paragraphs have begun it, with no byline over it', () => {
    const { record } = article(`${MENU}\n${HEADLINE}\nBy Sara Brown\n${P[0]}\n${P[1]}\nMarch 3, 2021\n${P[2]}\n${P[3]}`);
    expect(record.date).toBeNull();
  });
});

describe('a label alone on the line above the date', () => {
  it('says the date is an update: it gives way to a publication stamp, and is the evidence when alone', () => {
    const both = article(`${MENU}\n${HEADLINE}\nSara Brown\nLast updated:\nFeb 4, 2025\nPosted January 2, 2025\n${P.join('\n')}`).record;
    expect(both.date?.date).toBe('2025-01-02');
    expect(both.dateModified).toBe('2025-02-04');
    const alone = article(`${MENU}\n${HEADLINE}\nSara Brown\nLast updated:\nFeb 4, 2025\n${P.join('\n')}`).record;
    expect(alone.date).toMatchObject({ date: '2025-02-04', evidence: 'Last updated: Feb 4, 2025' });
  });

  it('says the date is the publication', () => {
    const { record } = article(`${MENU}\n${HEADLINE}\nSara Brown\nPublished:\nFeb 4, 2025\n${P.join('\n')}`);
    expect(record.date?.date).toBe('2025-02-04');
  });
});

describe('a stamp row of the article’s header', () => {
  it.each([
    ['By Ann Lee , Li Wei , Jo Park on March 12, 2026 | Comments', '2026-03-12'],
    ['Jane Roe | October 16, 2025October 16, 2025', '2025-10-16'],
    ['By Jane Roe August 12, 2021 August 13, 2021 training', '2021-08-12'],
  ])('may name several authors, or hold a second date (an update) beside its own: "%s"', (row, date) => {
    const { record } = article(`${MENU}\n${HEADLINE}\n${row}\n${P.join('\n')}`);
    expect(record.date?.date).toBe(date);
  });

  it('is no row when its words are more than a byline’s', () => {
    const { record } = article(`${MENU}\n${HEADLINE}\nBy Ann Lee on March 12, 2026 the lab opened its doors to students from twelve countries\n${P.join('\n')}`);
    expect(record.date).toBeNull();
  });
});

describe('a list of dated items', () => {
  const teasers = [
    'You may also like...',
    'December 19, 2025',
    'The best bridge cameras for long zoom shots',
    'by Geoff Harris',
    'December 18, 2025',
    'The best instant cameras for quick prints',
    'by Claire Gillo',
    'December 17, 2025',
    'The best travel cameras to take on holiday',
    'by Rob Castleton',
  ].join('\n');

  it('dates none of its items’ pages: the article’s own stamp under its headline is its date', () => {
    const { record, report } = article(`${MENU}\n${teasers}\nAdvertisement\nHome / Technique / Cameras\n${HEADLINE}\n${STANDFIRST}\nJoshua Waller\n30 January 2025 / 23:07 GMT\n${P.join('\n')}`);
    expect(record.date?.date).toBe('2025-01-30');
    expect(report.entries.filter((e) => e.rule === 'date-in-list').map((e) => e.text)).toContain('December 17, 2025');
  });

  it('is not a page history whose lines say what they date', () => {
    const { record } = article(`${MENU}\n${HEADLINE}\n${P.join('\n')}\nUpdated November 23, 2013\nUpdated September 26, 2011\nPosted July 10, 2004\nArticle archive`);
    expect(record.date?.date).toBe('2004-07-10');
  });
});
