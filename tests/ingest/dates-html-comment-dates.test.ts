/**
 * A saved page's date lines near its headline may run into its comment thread ("11 comments", then a
 * commenter's day): a date under a thread's heading is a comment's, not the article's, on the HTML path
 * as on the text path (lib/dates/sole-date-line.ts underCommentCue). It is no date line of the article;
 * and, as on the text path (dates-update-after-comments.test.ts), a comment older than the page's only
 * update line proves that update is not the day the page came out: the page stays undated, whether the
 * comment stands among the date lines near the headline or in the thread under the article (read from
 * the page's shown text, only for a page its update alone dates). Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { article, ARTICLE_PARAGRAPHS, rules } from './helpers.ts';

const HEADLINE = 'Harbor notes app against its rivals';
const page = (lines: string[]) =>
  `<!DOCTYPE html><html lang="en"><head><title>${HEADLINE}</title></head><body><main><h1>${HEADLINE}</h1>${lines.map((l) => `<div>${l}</div>`).join('')}<article>${[...ARTICLE_PARAGRAPHS, ...ARTICLE_PARAGRAPHS, ...ARTICLE_PARAGRAPHS].map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;

describe('a comment’s date among a saved page’s date lines', () => {
  it('leaves undated a page whose only other date is an update after the comment', () => {
    const { record, report } = article(page(['This page was last updated Feb 26, 2026', '14 comments', 'Mara Quill', 'Nov 17, 2024', 'Works offline.']), 'fixture.html');
    expect(record.date).toBeNull();
    expect(record.dateModified).toBe('2026-02-26');
    expect(rules(report)).toContain('update-after-comments');
  });

  it('still dates the page by a date line above the thread', () => {
    const { record } = article(page(['Mara Quill', 'Oct 2, 2024', '14 comments', 'Tom Berg', 'Nov 17, 2024']), 'fixture.html');
    expect(record.date?.date).toBe('2024-10-02');
  });

  it('leaves undated a page dated by its update when the thread under the article is older', () => {
    const thread = '<section class="comments"><h3>3 Comments</h3><div><p>Tom Berg says:</p><p>January 13, 2009 at 11:16 am</p><p>Thanks, this got me started.</p></div></section>';
    const html = `<!DOCTYPE html><html lang="en"><head><title>${HEADLINE}</title></head><body><main><article><h1>${HEADLINE}</h1><p class="date">Last updated on August 2, 2025</p>${[...ARTICLE_PARAGRAPHS, ...ARTICLE_PARAGRAPHS, ...ARTICLE_PARAGRAPHS].map((p) => `<p>${p}</p>`).join('')}</article>${thread}</main></body></html>`;
    const { record, report } = article(html, 'fixture.html');
    expect(record.date).toBeNull();
    expect(record.dateModified).toBe('2025-08-02');
    expect(rules(report)).toContain('update-after-comments');
    // Without the thread, the update dates it (the lead's decision, dates-update-only.test.ts).
    expect(article(html.replace(thread, ''), 'fixture.html').record.date?.date).toBe('2025-08-02');
  });
});
