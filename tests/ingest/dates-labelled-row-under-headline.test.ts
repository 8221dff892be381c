/**
 * A row of the article's header fields under its headline that opens with a publication label and runs
 * on past a stamp row's length ("Posted by Ann Lee December 30, 2024 Posted in Podcast, Writing Tags:
 * books, fiction, …", as blog themes print it): the label says what the date is, so the date is the
 * article's stamp however long the categories and tags after it. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAGRAPHS, SITE_MENU, article } from './helpers.ts';

const HEADLINE = 'Ten books on research cooperation to read this year';
const TAGS = 'Tags: books, fiction, science, cooperation, laboratories, research policy, data sharing, reading lists, reviews';

describe('a long row under the headline that opens with a publication label', () => {
  it('dates the article, the row kept as written', () => {
    const { record } = article(`${SITE_MENU}\n${HEADLINE}\nPosted byAnn LeeDecember 30, 2024December 30, 2024Posted inPodcast, Writing & Publishing${TAGS}\n${ARTICLE_PARAGRAPHS.join('\n')}`);
    expect(record.date).toMatchObject({ date: '2024-12-30', source: 'explicit' });
  });

  it('is an update when its label says so, and gives way to a publication stamp', () => {
    const { record } = article(`${SITE_MENU}\n${HEADLINE}\nMarch 2, 2024\nUpdated by Ann Lee on May 5, 2024 in Podcast, Writing & Publishing ${TAGS}\n${ARTICLE_PARAGRAPHS.join('\n')}`);
    expect(record.date?.date).toBe('2024-03-02');
    expect(record.dateModified).toBe('2024-05-05');
  });

  it('is no stamp with a long byline before the date', () => {
    const { record } = article(`${SITE_MENU}\n${HEADLINE}\nPosted in Podcast, Writing & Publishing, Reviews, Interviews and Essays of the month December 30, 2024 ${TAGS}\n${ARTICLE_PARAGRAPHS.join('\n')}`);
    expect(record.date).toBeNull();
  });
});
