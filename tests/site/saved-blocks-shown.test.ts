/**
 * A saved page's quotes, preformatted text and lists, from seed to the built site, read in
 * Chromium as a reader reads them: a <blockquote> is a quote on the article's page, a <pre> keeps its
 * spaces, tabs and line breaks (and its "<script>" is text, nothing run), an <ol start="5"> counts
 * from 5, an item of several paragraphs (or split by <br>) is one item with one number, a <dl> shows
 * terms and descriptions; every line keeps its p-N anchor and ¶ link, and the page stays valid HTML within its budget.
 * The repository's seeds are text, so this file builds its own small site from an invented page.
 *
 * SAVED_BLOCKS_SHOTS=<dir>: also writes the article page's screenshots (desktop, 375 px) and its A4
 * print there, to look at.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/bench/project-copy.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium, type LaunchedChromium } from '../helpers/chromium.ts';
import { validateHtml } from '../helpers/quality-validate.ts';
import { overBudget, weighPage } from '../../scripts/bench/page-weight.ts';
import { builtAddress } from '../../scripts/lib/built-address.ts';
import { shellEnvironment, articlePathOfSeed } from '../helpers/build-env.ts';

const run = promisify(execFile);
const project = join(tmpdir(), `saved-blocks-shown-${process.pid}`);
const dist = join(project, 'dist');

/** The code as the page writes it: leading spaces, a tab, a blank line, markup and braces as text. */
const CODE = '  def cores(depth):\n\tif depth < 3 && ok:\n        return "<script>alert(1)</script>" # {x}\n\n    print(`&amp;`)';

const SAVED_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Lake observatories publish a shared sediment model with a Chinese institute | Northshore Ledger</title>
<meta property="og:site_name" content="Northshore Ledger">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Lake observatories publish a shared sediment model with a Chinese institute","datePublished":"2024-06-03T08:00:00+02:00","author":{"@type":"Person","name":"Oskar Lindqvist"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/science">Science</a></nav>
<article>
<h1>Lake observatories publish a shared sediment model with a Chinese institute</h1>
<p>Two lake observatories in Finland and a Chinese institute published on Monday the model they use to date sediment cores, its lead author Aino Halme said.</p>
<blockquote><p>&ldquo;Anyone can now check our {dates} &amp; &lt;layers&gt; against their own cores,&rdquo; Halme said at the launch in Helsinki.</p></blockquote>
<p>The model reads a core's depth and returns the layers' ages, in a few lines of code the teams printed in full:</p>
<pre>
  def cores(depth):
\tif depth &lt; 3 &amp;&amp; ok:<script>document.title = 'ran'</script>
        return "&lt;script&gt;alert(1)&lt;/script&gt;" # {x}

    print(\`&amp;amp;\`)
</pre>
<p>The release follows four steps agreed last year, of which the teams have now taken the last ones:</p>
<ol start="3"><li>checking the model against cores from both lakes;</li><li>publishing the code and the data together.</li></ol>
<p>The partners agreed on two rules for the cores, each with its reason:</p>
<ol><li><p>Every core is dated twice, once in each country, by labs that do not see each other's results.</p><p>A date the two labs disagree on is published with both values.</p></li><li>The code is public<br>and so are the data of every core.</li></ol>
<dl><dt>Core</dt><dd>A cylinder of sediment drilled from the lake bed, up to twelve metres long.</dd><dt>Varve</dt><dd><p>One year's layer of sediment, light in summer and dark in winter.</p><p>Counting them dates a core to the year.</p></dd></dl>
<ul><li><p>The cores are kept in a cold store in Helsinki:</p><blockquote><p>They stay at minus twenty degrees, as the rules of both labs ask.</p></blockquote><pre>  store(core)
	cool(-20)</pre><ul><li>and a copy of each is kept in Wuhan.</li></ul></li></ul>
<dl><dd>A description the page writes before any term, in its own words.</dd><dt>Sampling</dt><dd>Drilling the cores, each spring, at the deepest point.</dd><dt>Archive</dt></dl>
<p>The observatories said they would keep the model open for other teams to test against their own lakes.</p>
</article>
<footer>&copy; Northshore Ledger</footer>
</body></html>
`;

describe("a saved page's quotes, code and numbered lists, seed to built site, as a reader sees them", () => {
  let server: StaticServer;
  let browser: LaunchedChromium;
  let page: Page;
  let path: string;
  const visit = async () => {
    await page.goto(server.url(path));
    await page.waitForLoadState('load');
  };

  beforeAll(async () => {
    copyProject(project);
    const seeds = join(project, 'seeds');
    mkdirSync(seeds, { recursive: true });
    writeFileSync(join(seeds, 'sediment-model.html'), SAVED_PAGE);
    const options = { cwd: project, env: shellEnvironment(project), maxBuffer: 64 * 1024 * 1024 };
    await run(process.execPath, ['scripts/ingest/cli.ts'], options);
    await run(process.execPath, ['scripts/astro-build.ts', '--silent'], options);
    // JavaScript on: a <script> of the saved page that reached the article would run, and show.
    [server, browser] = await Promise.all([serveDist({ dir: dist }), launchChromium({ javaScriptEnabled: true })]);
    page = await browser.context.newPage();
    path = articlePathOfSeed(dist, 'sediment-model.html');
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every line keeps its anchor, in order, whatever it is shown as', async () => {
    await visit();
    const lines = await page.$$eval('.article-body [id^="p-"]', (es) => es.map((e) => `${e.tagName}${e.closest('blockquote') ? ' quoted' : ''}`));
    expect(await page.$$eval('.article-body [id^="p-"]', (es) => es.map((e) => e.id))).toEqual(lines.map((_, i) => `p-${i + 1}`));
    expect(lines).toEqual(['P', 'P quoted', 'P', 'PRE', 'P', 'LI', 'LI', 'P', 'P', 'P', 'P', 'P', 'DT', 'DD', 'DT', 'P', 'P', 'P', 'P quoted', 'PRE', 'LI', 'P', 'DT', 'DD', 'P', 'P']);
    // Each with its ¶ link, which takes the reader there.
    expect(await page.locator('.article-body [id^="p-"] a.pl').count()).toBe(lines.length);
    await page.locator('.article-body pre a.pl').first().click();
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('PRE');
  });

  it('the quote is a quote, its text as written', async () => {
    await visit();
    // The article's quote, and the one inside a list item below it.
    expect(await page.locator('.article-body blockquote').count()).toBe(2);
    const quote = page.locator('.article-body blockquote').first();
    expect((await quote.innerText()).replace(/¶$/, '').trim()).toBe('“Anyone can now check our {dates} & <layers> against their own cores,” Halme said at the launch in Helsinki.');
    // Set apart as the site sets a quote: a rule at its left.
    expect(await quote.evaluate((e) => parseFloat(getComputedStyle(e).borderLeftWidth))).toBeGreaterThan(0);
  });

  it('the code keeps its spaces, tabs and line breaks; its "<script>" is text, and nothing of the page ran', async () => {
    await visit();
    const pre = page.locator('.article-body pre').first();
    expect(await pre.evaluate((e) => (e as HTMLElement).innerText.replace(/¶$/, ''))).toBe(CODE);
    expect(await pre.evaluate((e) => getComputedStyle(e).whiteSpace)).toBe('pre-wrap');
    expect(await page.locator('.article-body script').count()).toBe(0);
    expect(await page.title()).not.toBe('ran');
    // A narrow screen wraps a long line inside the box rather than widening the page.
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      await visit();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('the numbered list counts from where the page has it start', async () => {
    await visit();
    expect(await page.$$eval('.article-body ol', (ols) => ols.map((ol) => [(ol as HTMLOListElement).start, ol.children.length]))).toEqual([[3, 2], [1, 2]]);
    // No item with a number of its own: the browser counts on from the start, 3 and 4.
    expect(await page.locator('.article-body ol > li[value]').count()).toBe(0);
  });

  it('an item of several paragraphs, or split by <br>, is one item with one number, its lines inside it', async () => {
    await visit();
    const items = await page.$$eval('.article-body ol:not([start]) > li', (lis) => lis.map((li) => [...li.children].filter((c) => c.tagName === 'P').map((p) => `${p.id} ${(p as HTMLElement).innerText.replace(/¶$/, '').slice(0, 24)}`)));
    expect(items).toEqual([
      ['p-9 Every core is dated twic', 'p-10 A date the two labs disa'],
      ['p-11 The code is public', 'p-12 and so are the data of e'],
    ]);
    // One marker per item, beside its first line: the item's paragraphs sit close under it, inside it.
    const [first, second] = await page.$$eval('.article-body ol:not([start]) > li:first-child > p', (ps) => ps.map((p) => p.getBoundingClientRect().toJSON() as DOMRect));
    expect(second.top - first.bottom).toBeLessThan(12);
    expect(second.left).toBe(first.left);
  });

  it('a definition list shows its terms, and their descriptions set in under them', async () => {
    await visit();
    expect(await page.$$eval('.article-body dl > *', (es) => es.map((e) => `${e.tagName}${e.id ? `#${e.id}` : ''}`))).toEqual(['DT#p-13', 'DD#p-14', 'DT#p-15', 'DD', 'DT#p-23', 'DD#p-24']);
    const term = await page.locator('.article-body dt').first().evaluate((e) => [Number(getComputedStyle(e).fontWeight), e.getBoundingClientRect().left]);
    const description = await page.locator('.article-body dd').first().evaluate((e) => e.getBoundingClientRect().left);
    expect(term[0]).toBeGreaterThanOrEqual(600);
    expect(description).toBeGreaterThan(term[1]);
    // A description before any term and a term after the last description are set as one, outside the <dl>.
    expect(await page.$$eval('.article-body :is(.dd, .dt) > p', (ps) => ps.map((p) => `${p.parentElement!.className} ${p.id}`))).toEqual(['dd p-22', 'dt p-25']);
    await page.locator('.article-body dd a.pl').first().click();
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('DD');
  });

  it('an item holding a quote, code and a list keeps them inside it', async () => {
    await visit();
    const item = page.locator('.article-body ul > li:has(> blockquote)');
    expect(await item.evaluate((li) => [...li.children].map((c) => c.tagName))).toEqual(['P', 'BLOCKQUOTE', 'PRE', 'UL']);
    expect(await item.locator('pre').evaluate((e) => (e as HTMLElement).innerText.replace(/¶$/, ''))).toBe('  store(core)\n\tcool(-20)');
  });

  it('the page is valid HTML, within its budgets', async () => {
    const file = join(dist, path, 'index.html');
    expect((await validateHtml(readFileSync(file, 'utf8'), file)).map((e) => `${e.line} ${e.rule}: ${e.message}`)).toEqual([]);
    expect(overBudget(weighPage({ distDir: dist, base: builtAddress(dist).base }, path))).toEqual([]);
  });

  it('looks right on screen and on paper (screenshots and an A4 print, when asked for)', async () => {
    const shots = process.env.SAVED_BLOCKS_SHOTS;
    if (!shots) return;
    mkdirSync(shots, { recursive: true });
    await visit();
    await page.screenshot({ path: join(shots, 'article-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await visit();
    await page.screenshot({ path: join(shots, 'article-375.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await visit();
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(shots, 'article-print.png'), fullPage: true });
    await page.pdf({ path: join(shots, 'article-a4.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  });
});
