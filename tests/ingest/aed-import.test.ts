/**
 * The aed set (scripts/bench/extract/import/import-aed-cases.ts): how the entries of
 * AndyTheFactory/article-extraction-dataset's `news_articles.json` are read into cases (what counts as
 * no title, day or author, which entries are left out), on entries written here in the set's layout.
 */
import { describe, expect, it } from 'vitest';
import { SET_DIRS, splitOf } from '../../scripts/bench/extract/cases.ts';
import { aedCaseOf, aedPagePath, parseAedEntries, type AedEntry } from '../../scripts/bench/extract/import/aed-truth.ts';

const ENTRY = {
  id: 7,
  title: '  Harbor ferries return after ten years ',
  authors: 'Ann Lee, Cy Dunn',
  date: '2023-12-17',
  text: 'HARBOR CITY -- The first ferry in ten years left the pier on Sunday.\r\n\r\nIt was full by nine.\n',
  html_file: '6a32c048474b4450acf801b7c7d2ea70',
  site: 'http://harbor.example',
  link: 'https://harbor.example/2023/12/ferries-return',
};
const PAGE = new TextEncoder().encode('<html><body><h1>Harbor ferries return after ten years</h1><p>The first ferry…</p></body></html>');

describe('reading the entries', () => {
  it('keeps the fields a case needs, and reads a null title, date or authors as none', () => {
    const undated = { ...ENTRY, date: null, authors: null, title: null };
    expect(parseAedEntries([ENTRY, undated])).toEqual([
      { title: ENTRY.title, authors: ENTRY.authors, date: ENTRY.date, text: ENTRY.text, html_file: ENTRY.html_file, link: ENTRY.link },
      { title: '', authors: '', date: '', text: ENTRY.text, html_file: ENTRY.html_file, link: ENTRY.link },
    ]);
  });

  it('leaves out an entry with no article, no page, a missing field or one of another type', () => {
    expect(parseAedEntries([{ ...ENTRY, text: ' \n' }, { ...ENTRY, html_file: '' }, { ...ENTRY, link: undefined }, { ...ENTRY, text: null }, { ...ENTRY, date: 20231217 }, null, 'x'])).toEqual([]);
    expect(parseAedEntries({ 0: ENTRY })).toEqual([]);
  });

  it("finds the page under html/ with the .html the set's file name leaves off", () => {
    expect(aedPagePath(parseAedEntries([ENTRY])[0])).toBe('html/6a32c048474b4450acf801b7c7d2ea70.html');
  });
});

describe('an entry as a case', () => {
  const [entry] = parseAedEntries([ENTRY]) as AedEntry[];

  it('names the page by its bytes, splits it by the id hash and keeps the truth as written, trimmed', () => {
    const c = aedCaseOf(entry, PAGE);
    expect(c.id).toMatch(/^aed-[0-9a-f]{12}$/);
    expect(c).toEqual({
      id: c.id,
      source: 'aed',
      url: 'https://harbor.example/2023/12/ferries-return',
      lang: 'en',
      split: splitOf(c.id),
      headline: 'Harbor ferries return after ten years',
      headlineSource: 'annotated',
      body: 'HARBOR CITY -- The first ferry in ten years left the pier on Sunday.\n\nIt was full by nine.',
      author: 'Ann Lee, Cy Dunn',
      published: '2023-12-17',
    });
  });

  it('scores an undated, authorless, untitled page as such (null), and leaves a day it cannot read unscored', () => {
    const none = aedCaseOf({ ...entry, date: '', authors: ' ', title: '' }, PAGE);
    expect(none).toMatchObject({ published: null, author: null, headline: null, headlineSource: null });
    const odd = aedCaseOf({ ...entry, date: '2023-02-30' }, PAGE);
    expect('published' in odd).toBe(false);
    expect(aedCaseOf({ ...entry, date: '17.12.2023' }, PAGE).published).toBeUndefined();
  });

  it('is a set of the bench', () => {
    expect(SET_DIRS.aed).toMatch(/aed$/);
  });
});
