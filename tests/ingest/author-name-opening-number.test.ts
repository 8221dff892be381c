/**
 * A byline whose name opens with a number run into its letters ("By 4x Harbor Labs"): the number is
 * a word of the name, not a date or a count, on both paths (lib/bylines/author.ts cleanAuthor; the
 * HTML path's stamp row, lib/html/metadata/html-meta.ts).
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const HEADLINE = 'Harbor robots map the tidal flats';

describe('a name that opens with a number run into its letters', () => {
  it('text path: "By 4x Harbor Labs" under the date is the byline', () => {
    const text = ['Menu', 'Field notes', HEADLINE, 'Feb 6, 2025', 'By 4x Harbor Labs', PROSE, PROSE, PROSE].join('\n');
    expect(article(text).record.author).toBe('4x Harbor Labs');
  });

  it('HTML path: "By 4x Harbor Labs" in the date box under the headline is the byline', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body>
<main><article><div class="banner"><h1>${HEADLINE}</h1><div class="article__meta"><p><time>Feb 6, 2025</time></p><p>By 4x Harbor Labs</p></div></div>
${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}</article></main>
<footer><p>© 2024 Harbor Gazette. All rights reserved.</p></footer></body></html>`;
    expect(article(html, 'page.html').record.author).toBe('4x Harbor Labs');
  });

  it('a count, a claim or a date after "By" in the row still names nobody', () => {
    for (const claim of ['By 2030 the flats', 'Trusted by 4M+ teams', 'By 4x more teams']) {
      const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body>
<main><article><h1>${HEADLINE}</h1><div class="article__meta"><p><time>Feb 6, 2025</time></p><p>${claim}</p></div>
${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
      expect(article(html, 'page.html').record.author).toBeNull();
    }
  });
});
