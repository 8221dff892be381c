/**
 * The HTML path's author on a personal site whose fields and texts name nobody: the owner's name its
 * copyright line at the foot gives ("© 2025 Anna Berg. All rights reserved."), as the text path reads
 * it from the innerText (lib/bylines/site-owner.ts); the prune pass drops the <footer>, so the line is
 * read from the page's bytes (lib/html/metadata/html-copyright-lines.ts).
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE, rules } from './helpers.ts';
import { copyrightLinesInPage } from '../../scripts/ingest/lib/html/metadata/html-copyright-lines.ts';

const page = (foot: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Notes on a slow garden</title>${head}</head><body>
<main><article><h1>Notes on a slow garden</h1>${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}</article></main>
<footer data-x="1"> ${foot} <div class="social"><a href="/rss">RSS</a></div></footer></body></html>`;

describe('HTML author: a personal site\'s copyright line', () => {
  it('reads the owner\'s name when nothing else names anyone', () => {
    const a = article(page('&copy; 2025 Anna Berg. All rights reserved.'), 'page.html');
    expect(a.record.author).toBe('Anna Berg');
    expect(rules(a.report)).toContain('byline-copyright-owner');
  });

  it('a firm, an outlet or a title names nobody', () => {
    expect(article(page('© 2025 Harbor Studio Ltd. All rights reserved.'), 'page.html').record.author).toBeNull();
    expect(article(page('Copyright © 2025 Harbor Gazette'), 'page.html').record.author).toBeNull();
  });

  it('the page\'s field outranks it', () => {
    expect(article(page('© 2025 Anna Berg', '<meta name="author" content="Li Wei">'), 'page.html').record.author).toBe('Li Wei');
  });

  it('reads the texts between tags that hold the last marks, in page order', () => {
    const bytes = new TextEncoder().encode('<p>Copyright law is hard.</p><script>var c = "©";</script><footer><span>© 2024 Anna Berg</span></footer>');
    expect(copyrightLinesInPage(bytes, 'utf-8')).toEqual(['Copyright law is hard.', 'var c = "©";', '© 2024 Anna Berg']);
  });
});
