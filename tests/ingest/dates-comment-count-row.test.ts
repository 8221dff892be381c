/**
 * Text path: a row of a post's fields that gives its date and its comment counter ("March 9, 2026 · 12
 * Comments", "9 March 2026 | 3 comments") under the article dates the article, though the comment thread
 * under it shows more days: a comment's line names no counter of comments. Two such rows are a list of
 * posts, and neither dates the page. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAGRAPHS, article } from './helpers.ts';

const HEADLINE = 'How we restored an old oak table in one weekend';
const BODY = ARTICLE_PARAGRAPHS.join('\n\n');
const THREAD = 'Leave a Reply\n\nMara Quill\nMarch 11, 2026 at 8:15 am\n\nWhat a lovely result, thank you for the tips.\n\nTed Vance\nMarch 12, 2026 at 6:40 pm\n\nI tried the same oil and it worked well.';

describe('a row of the date and the comment counter under the article', () => {
  it.each([
    ['March 9, 2026 · 12 Comments', '2026-03-09'],
    ['9 March 2026 | 3 comments', '2026-03-09'],
    ['March 9, 2026 | 12 Comments |', '2026-03-09'],
  ])('dates the article: "%s"', (row, date) => {
    const text = `${HEADLINE}\n\n${BODY}\n\nShare this post\n\n${row}\n\n${THREAD}`;
    const { record } = article(text);
    expect(record.date?.date).toBe(date);
    expect(record.date?.evidence).toContain(row.trim());
  });

  it('does not date the page from a list of posts with their counters', () => {
    const list = 'Older posts\n\nPainting a chair\nMarch 2, 2026 · 4 Comments\n\nA shelf for the hall\nFebruary 20, 2026 · 7 Comments';
    const { record } = article(`${HEADLINE}\n\n${BODY}\n\n${list}\n\n${THREAD}`);
    expect(record.date).toBeNull();
  });
});
