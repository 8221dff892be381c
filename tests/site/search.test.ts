/**
 * Search: Pagefind's index is built with the site, holds the article texts (and only those), and
 * the search box finds an article by its words in Chromium, under the site's CSP, loading Pagefind
 * only once the reader uses the box. Without JavaScript there is no dead box.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { browserAndServer } from '../helpers/browser-and-server.ts';
import { describeViolations } from '../helpers/quality-axe.ts';
import { describeTrouble, watchPage } from '../helpers/quality-browser.ts';
import { queryFromTitle, searchAs } from '../helpers/quality-search.ts';
import { serveSite } from '../helpers/quality-server.ts';
import { describeBuiltSite, htmlFiles, type BuiltSite } from '../helpers/quality-site.ts';
import redirectList from '../../src/data/redirects.json' with { type: 'json' };

interface ApiArticle {
  slug: string;
  title: string;
  url: string;
}
const articlesOf = (site: BuiltSite): ApiArticle[] => JSON.parse(readFileSync(join(site.dir, 'api/articles.json'), 'utf8')).articles;
const articlePages = (site: BuiltSite) => htmlFiles(site.dir).filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));

describeBuiltSite('search', (site) => {
  const live = browserAndServer(() => serveSite(site.dir, site.base));

  it('the index holds the article, person, topic and figure pages (their data-pagefind-body), nothing else', () => {
    // Pages in languages written without spaces are in a second bundle (scripts/search-index.ts).
    const bundles = ['pagefind', 'pagefind/segmented'].filter((b) => existsSync(join(site.dir, b, 'pagefind-entry.json')));
    const indexed = bundles
      .flatMap((b) => Object.values(JSON.parse(readFileSync(join(site.dir, b, 'pagefind-entry.json'), 'utf8')).languages as Record<string, { page_count: number }>))
      .reduce((n, l) => n + l.page_count, 0);
    const moved = new Set(redirectList.redirects.map((r) => `${r.from.slice(1)}index.html`));
    const searchable = htmlFiles(site.dir).filter((file) => /^(articles|people|topics|figures)\/[^/]+\/index\.html$/.test(file) && !moved.has(file));
    expect(indexed).toBe(searchable.length);
    expect(articlePages(site).length).toBeGreaterThan(0);
  });

  it('finds an article by the words of its title, and links to its page', async () => {
    const article = articlesOf(site)[0];
    const session = await searchAs(live.browser, live.server.root, queryFromTitle(article.title), { axe: true });
    const expected = new URL(article.url).pathname;
    expect(session.results.map((r) => r.href), session.status).toContain(expected);
    expect(session.results.find((r) => r.href === expected)?.text).toContain(article.title.slice(0, 20));
    expect(session.trouble, describeTrouble(session.trouble)).toEqual([]);
    // The results panel is part of the page too: readable in both colour schemes.
    expect(session.axe?.light, describeViolations(session.axe?.light ?? [])).toEqual([]);
    expect(session.axe?.dark, describeViolations(session.axe?.dark ?? [])).toEqual([]);
  });

  it('loads Pagefind only when the reader uses the box', async () => {
    const session = await searchAs(live.browser, live.server.root, queryFromTitle(articlesOf(site)[0].title));
    expect(session.pagefindBeforeUse).toEqual([]);
    expect(session.pagefindAfterUse.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  it('says so when nothing matches', async () => {
    const session = await searchAs(live.browser, live.server.root, 'zqxjkvbw');
    expect(session.results).toEqual([]);
    expect(session.status).toMatch(/Nothing matches/);
    expect(session.trouble, describeTrouble(session.trouble)).toEqual([]);
  });

  it('without JavaScript the search box is not shown at all', async () => {
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(live.server.root);
    const visibleBoxes = await page.getByRole('searchbox').count();
    const formHidden = await page.locator('form[role="search"]').evaluateAll((forms) => forms.every((f) => (f as HTMLElement).hidden));
    await context.close();
    expect(visibleBoxes).toBe(0);
    expect(formHidden).toBe(true);
  });

  it('/search/?q=ITER shows the ITER results on load: its topic page and its reports, each with its kind', async () => {
    const page = await live.browser.newPage();
    const trouble = watchPage(page);
    try {
      await page.goto(live.server.url('/search/?q=ITER'));
      const results = page.locator('form[data-page] ol li');
      await results.first().waitFor({ timeout: 15_000 });
      const items = await results.evaluateAll((lis) => lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', text: li.textContent ?? '' })));
      expect(items.map((i) => i.href)).toContain(`${site.base}topics/iter/`);
      expect(items.some((i) => i.href.startsWith(`${site.base}articles/`) && /\(Article\)/.test(i.text))).toBe(true);
      expect(items.find((i) => i.href === `${site.base}topics/iter/`)?.text).toMatch(/\(Topic\)/);
      expect(await page.locator('#search-page-query').inputValue()).toBe('ITER');
      expect([...trouble], describeTrouble(trouble)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('puts what was typed before the search code arrived into the address too', async () => {
    const page = await live.browser.newPage();
    try {
      // Hold the lazily loaded search code until the reader has typed: a slow network, made certain.
      let typed!: () => void;
      const typing = new Promise<void>((resolve) => (typed = resolve));
      await page.route('**/_astro/search-client.*.js', async (route) => {
        await typing;
        await route.continue();
      });
      await page.goto(live.server.url('/search/'));
      await page.locator('#search-page-query').focus();
      await page.keyboard.type('SKA');
      typed();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'SKA', null, { timeout: 10_000 });
    } finally {
      await page.close();
    }
  });

  it('keeps the address in step with the query, and `/` focuses the box unless the reader is typing', async () => {
    const page = await live.browser.newPage();
    try {
      await page.goto(live.server.url('/search/'));
      await page.locator('main h1').click();
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-query');
      await page.keyboard.type('SKA');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'SKA', null, { timeout: 10_000 });
      expect(await page.locator('#search-page-query').inputValue()).toBe('SKA'); // the `/` was not typed
      // In a box, `/` is a character like any other.
      await page.keyboard.type('/x');
      expect(await page.locator('#search-page-query').inputValue()).toBe('SKA/x');
      // On any other page, `/` goes to the header's box.
      await page.goto(live.server.root);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-query');
      expect(await page.getAttribute('#site-search-query', 'placeholder')).toBeTruthy();
    } finally {
      await page.close();
    }
  });

  it('without JavaScript the search page says where to look instead', async () => {
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(live.server.url('/search/?q=ITER'));
    const text = await page.locator('main').innerText();
    await context.close();
    expect(text).toMatch(/needs JavaScript/);
    expect(text).toMatch(/timeline/);
  });
});
