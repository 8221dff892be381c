/**
 * A blog theme puts the post's comment count inside its <h1>, as a link to the comments below
 * ("Nine polar tents tested in the field <a href="#comments">12 Comments</a>"): the count is no part of
 * the headline. Only a link to a place on the same page whose whole text is a count is left out; a link
 * in the headline to another page, or one whose text is words, stays.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (body: string) => readPageMeta(prunePage(`<!DOCTYPE html><html><head></head><body>${body}<p>Text.</p></body></html>`).meta, null).headline;
const story = 'Nine polar tents tested in the field';

describe('a comment count inside the <h1>', () => {
  for (const count of ['12 Comments', '(12)', '12', '1 comment', '12 Kommentare', '3 条评论']) {
    it(`is left out of the headline: ${JSON.stringify(count)}`, () => {
      expect(headlineOf(`<h1>${story} <a href="#comments">${count}</a></h1>`)).toBe(story);
      expect(headlineOf(`<h1>${story}<span class="count"><a href="#respond">${count}</a></span></h1>`)).toBe(story);
    });
  }

  it('stays when the link goes to another page, or its text is words', () => {
    expect(headlineOf(`<h1>${story} <a href="/tags/12">12</a></h1>`)).toBe(`${story} 12`);
    expect(headlineOf(`<h1><a href="#top">${story}</a></h1>`)).toBe(story);
    expect(headlineOf('<h1><a href="#top">2025 Review</a></h1>')).toBe('2025 Review');
    expect(headlineOf(`<h1>Top <a href="#list">10</a> polar tents tested in the field</h1>`)).toBe('Top 10 polar tents tested in the field');
  });
});
