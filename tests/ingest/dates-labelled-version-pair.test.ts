/**
 * Text path: the line of a page's two versions, each with its label and its time ("PUBLISHED: December
 * 22, 2023 at 8:48 p.m. | UPDATED: December 23, 2023 at 10:54 a.m."), as the first line of the article's
 * run under its byline. Longer than a labelled stamp may be, it was read as nothing and the page went
 * undated; the pair's shape (a label, a date and its time, the update's label, date and time, nothing
 * else) bounds it, and its first date is the publication. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { isVersionPair } from '../../scripts/ingest/lib/dates/version-pair.ts';
import { article } from './helpers.ts';

const P1 = 'The county council voted on Thursday to close the old ferry landing for repairs, after inspectors found the pilings had rotted through in places.';
const P2 = 'Repairs are expected to take most of the winter, and the morning ferry will leave from the fishing pier until the landing opens again in the spring.';
const P3 = 'Council members said the landing had not been rebuilt since the nineteen-seventies, and that the money would come from the harbour fund.';
const HEADLINE = 'Council closes ferry landing for winter repairs';
/** The pair inside the article's run, past its first paragraph, where only a stamp that says what it dates is read. */
const inRun = (stamp: string) => `${HEADLINE}\n\n${P1}\n\n${stamp}\n\n${P2}\n\n${P3}`;
/** The pair under the article, where a bare date is as often a comment's. */
const underArticle = (stamp: string) => `${HEADLINE}\n\n${P1}\n\n${P2}\n\n${P3}\n\n${stamp}\n\nShare this page`;
const PAIR = 'PUBLISHED: December 22, 2023 at 8:48 p.m. | UPDATED: December 23, 2023 at 10:54 a.m.';

describe('a labelled publication and update, each with its time', () => {
  it('is a version pair', () => {
    expect(isVersionPair('PUBLISHED: December 22, 2023 at 8:48 p.m. | UPDATED: December 23, 2023 at 10:54 a.m.')).toBe(true);
    expect(isVersionPair('Posted on March 3, 2025 10:15 | Last updated: March 9, 2025 16:40')).toBe(true);
  });

  it('dates the page by its publication, inside the article or under it', () => {
    expect(article(inRun(PAIR)).record.date).toMatchObject({ date: '2023-12-22', source: 'explicit', evidence: PAIR });
    expect(article(underArticle(PAIR)).record.date).toMatchObject({ date: '2023-12-22', source: 'explicit', evidence: PAIR });
  });

  it('leaves the page undated when the line says more than the pair', () => {
    expect(article(underArticle('PUBLISHED: December 22, 2023 at 8:48 p.m. | UPDATED: December 23, 2023 at 10:54 a.m. | Reply to this comment')).record.date).toBeNull();
  });

  it('is no pair when words other than a publication label open it, or a sentence runs between the dates', () => {
    expect(isVersionPair('The landing closed December 22, 2023 at 8:48 p.m. | UPDATED: December 23, 2023')).toBe(false);
    expect(isVersionPair('PUBLISHED: December 22, 2023 at 8:48 p.m., and the ferry was moved. UPDATED: December 23, 2023')).toBe(false);
    // A change's label first: the first date is no publication.
    expect(isVersionPair('UPDATED: December 22, 2023 at 8:48 p.m. | UPDATED: December 23, 2023 at 10:54 a.m.')).toBe(false);
  });
});
