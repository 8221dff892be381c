/**
 * How readers share, print and read the site on a phone, checked in Chromium on the built site:
 * a link to a paragraph (`#p-N`) marks that paragraph on screen and on paper; the search page's own
 * label wraps on a 320 px phone instead of widening the page; the page-not-found page prints no
 * address of its own.
 * Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, readPage, requireBuiltSite } from '../helpers/dist.ts';
import { loadArticles } from '../helpers/content.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/chromium.ts';

requireBuiltSite();
const articles = loadArticles();
const article = articles.find((a) => a.paragraphs >= 2) ?? articles[0];

describe('shared links, print and narrow screens', () => {
  let server: StaticServer;
  beforeAll(async () => { server = await serveDist({ dir: DIST }); });
  afterAll(async () => { await server?.close(); });

  it('marks the paragraph a shared link points to, on screen and in print', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url(`/articles/${article.slug}/#p-2`));
      const look = () => page.evaluate(() => {
        const style = (el: Element) => {
          const s = getComputedStyle(el);
          return { bg: s.backgroundColor, border: `${s.borderLeftStyle} ${s.borderLeftWidth}`, outline: `${s.outlineStyle} ${s.outlineWidth}` };
        };
        return { target: style(document.getElementById('p-2')!), other: style(document.getElementById('p-1')!) };
      });
      const screen = await look();
      expect(screen.target, 'on screen').not.toEqual(screen.other);
      await page.emulateMedia({ media: 'print' });
      const print = await look();
      // On paper the mark must show without relying on a pale background a printer may leave out:
      // the marked paragraph differs from its neighbour by more than its background.
      expect({ border: print.target.border, outline: print.target.outline }, 'in print').not.toEqual({ border: print.other.border, outline: print.other.outline });
    } finally {
      await browser.close();
    }
  });

  it('prints an article\'s text at the size of printed text, not at the larger size it has on screen', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url(`/articles/${article.slug}/`));
      await page.emulateMedia({ media: 'print' });
      const px = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.article-body p')!).fontSize));
      // 11pt at most (14.67 px): at the screen's 1.12rem (13.4pt) a long report took 23 A4 pages.
      expect(px).toBeLessThanOrEqual(14.7);
    } finally {
      await browser.close();
    }
  });

  it('fits the search page, with its script, on a 320 px screen', async () => {
    const browser = await launchChromium({ viewport: { width: 320, height: 640 } });
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url('/search/'));
      await page.waitForSelector('.search-page-form:not([hidden])');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await browser.close();
    }
  });

  it('prints no address on the page-not-found page (it is served at any address; its own, /404/, is none a reader was at)', () => {
    expect(readPage('/404.html')).not.toContain('printed-from');
  });
});
