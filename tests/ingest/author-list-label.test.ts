/**
 * "Author(s)" over the names, one a line, in a publication's details box: every name the box lists,
 * as the site lists people ("A, B and C", lib/bylines/author.ts joinNames), on both paths.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const details = (label: string) => ['Publication Type', 'Report', 'Date', 'October 2004', label, 'Ann M. Lee', 'Tomas R. Vell', 'Jo Park', 'Get the report', 'More like this'];

describe('authors listed one a line under a plural label', () => {
  it('text path: reads every name under "Author(s)" and "Authors:"', () => {
    for (const label of ['Author(s)', 'Authors:']) {
      const text = ['Menu', 'Reports » Policy', 'Harbor policy lessons for coastal research', '4 min read', PROSE, PROSE, PROSE, ...details(label)].join('\n');
      expect(article(text).record.author).toBe('Ann M. Lee, Tomas R. Vell and Jo Park');
    }
  });

  it('HTML path: reads them from the box beside the article when the fields name nobody', () => {
    const box = details('Author(s)').map((t) => `<div>${t}</div>`).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor policy lessons for coastal research</title></head><body>
<main><article><h1>Harbor policy lessons for coastal research</h1>${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}</article><div class="details">${box}</div></main>
<footer><p>© 2024 Harbor Gazette. All rights reserved.</p></footer></body></html>`;
    expect(article(html, 'page.html').record.author).toBe('Ann M. Lee, Tomas R. Vell and Jo Park');
  });

  it('a single label ("Author") still gives the one name under it', () => {
    const text = ['Menu', 'Reports » Policy', 'Harbor policy lessons for coastal research', '4 min read', PROSE, PROSE, PROSE, ...details('Author')].join('\n');
    expect(article(text).record.author).toBe('Ann M. Lee');
  });

  it('"Authors" alone (a menu\'s link too) needs two names under it, and a call to act ends the list', () => {
    const page = (...rest: string[]) => ['Menu', 'Reports » Policy', 'Harbor policy lessons for coastal research', '4 min read', PROSE, PROSE, PROSE, 'Publication Type', 'Report', ...rest].join('\n');
    expect(article(page('Authors', 'Ann M. Lee', 'Jo Park', 'Find Jobs')).record.author).toBe('Ann M. Lee and Jo Park');
    expect(article(page('Authors', 'Mira Okon', 'Get the report')).record.author).toBeNull();
  });
});
