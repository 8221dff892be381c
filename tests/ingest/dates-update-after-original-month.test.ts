/**
 * A page that shows only its update is dated by it (dates-update-only.test.ts), unless it also says it
 * first came out in an earlier month ("Originally published in March 2022. Last updated on December 20,
 * 2024."): the update is then not the day it came out, and that day is not on the page (only its month
 * is). The page stays undated, as one whose comments are older than its update does
 * (dates-update-after-comments.test.ts), the update kept as dateModified and the reason reported.
 * Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { article, ARTICLE_PARAGRAPHS, rules } from './helpers.ts';
import { findOriginalPublicationMonth } from '../../scripts/ingest/lib/dates/originally-published.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const HEADLINE = 'Harbor Gazette guide to small solar roofs';
const body = ARTICLE_PARAGRAPHS.join('\n\n');
const textPage = (stamp: string, note = '') => `${HEADLINE}\nMara Quill\n${stamp}\n\n${body}${note ? `\n\n${note}` : ''}\n\n${ARTICLE_PARAGRAPHS[0]}`;
const htmlPage = (stampLine: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1><p class="byline">Mara Quill</p><p class="date">${stampLine}</p>${[...ARTICLE_PARAGRAPHS, ...ARTICLE_PARAGRAPHS, ...ARTICLE_PARAGRAPHS].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('an update line on a page that says it first came out in an earlier month', () => {
  it('leaves a saved page undated when its date line says both', () => {
    const { record, report } = article(htmlPage('Originally published in March 2022. Last updated on December 20, 2024.'), 'fixture.html');
    expect(record.date).toBeNull();
    expect(rules(report)).toContain('update-after-original-month');
  });

  it('leaves a text page undated when its text says it', () => {
    const { record, report } = article(textPage('Last updated: December 20, 2024', 'This guide was first published in March 2022 and is revised every winter.'));
    expect(record.date).toBeNull();
    expect(record.dateModified).toBe('2024-12-20');
    expect(rules(report)).toContain('update-after-original-month');
  });

  it('still dates the page by its update when the month is the update’s own', () => {
    const { record } = article(textPage('Last updated: December 20, 2024', 'This guide was first published in December 2024.'));
    expect(record.date?.date).toBe('2024-12-20');
    expect(record.date?.source).toBe('update');
  });

  it('keeps a publication stamp, whatever month the text names', () => {
    const { record } = article(textPage('Published: December 20, 2024', 'This guide was first published in March 2022 and is revised every winter.'));
    expect(record.date?.date).toBe('2024-12-20');
  });

  it('reads only the page’s own first publication, as a month', () => {
    expect(findOriginalPublicationMonth('Originally published in March 2022. Last updated on December 20, 2024.')?.date).toBe('2022-03-01');
    expect(findOriginalPublicationMonth('This article was first published in the Harbor Gazette in May 2019.')?.date).toBe('2019-05-01');
    expect(findOriginalPublicationMonth('The study was first published in March 2017 in a journal.')).toBeNull();
    expect(findOriginalPublicationMonth('This article was originally published on 12 March 2019.')).toBeNull();
    expect(findOriginalPublicationMonth('Originally published in the Harbor Gazette. Prices rose in March 2017.')).toBeNull();
  });

  it('stays linear on a long line of repeated labels', () => {
    const line = 'originally published in '.repeat(20000);
    let found: ReturnType<typeof findOriginalPublicationMonth> | undefined;
    expect(cpuSeconds(() => (found = findOriginalPublicationMonth(line)))).toBeLessThan(1);
    expect(found).toBeNull();
  });
});
