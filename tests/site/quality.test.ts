/**
 * Quality gates a reader would notice: valid HTML, accessibility (axe in light and dark), keyboard
 * use, charts with text equivalents, nothing broken in the console, text without JavaScript, and a
 * Content-Security-Policy that forbids inline scripts. Each gate also runs on
 * tests/fixtures/broken-site and must find the faults planted there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/page-meta/csp.ts';
import { keyboardProblems, PageAuditor } from '../helpers/quality-audits.ts';
import { describeViolations } from '../helpers/quality-axe.ts';
import { describeTrouble, watchPage } from '../helpers/quality-browser.ts';
import { browserAndServer } from '../helpers/browser-and-server.ts';
import { parseFile } from '../helpers/quality-html.ts';
import { cspMetaProblems, headingProblems, inlineCodeProblems, skipLinkProblems, svgProblems } from '../helpers/quality-page-checks.ts';
import { pagesToValidate, representativePages } from '../helpers/quality-pages.ts';
import { headersFor, parseHeadersFile, serveSite } from '../helpers/quality-server.ts';
import { describeBuiltSite, htmlFiles, pagePath, type BuiltSite } from '../helpers/quality-site.ts';
import { describeErrors, validateFile, type ValidationError } from '../helpers/quality-validate.ts';

const fixtureDir = join(import.meta.dirname, '../fixtures/broken-site');

const isMovedPage = (dir: string, file: string) => /<meta http-equiv="refresh"/.test(readFileSync(join(dir, file), 'utf8'));

/** Run a per-page check over pages and collect `file: problem` lines. */
function problemsOnPages(site: BuiltSite, files: string[], check: (doc: ReturnType<typeof parseFile>) => string[]) {
  return files.flatMap((file) => check(parseFile(site.dir, file)).map((problem) => `${file}: ${problem}`));
}

describeBuiltSite('every page of the built site, as shipped', (site) => {
  const pages = htmlFiles(site.dir);

  it('is valid HTML (html-validate, recommended preset)', async () => {
    const validated = pagesToValidate(pages);
    if (validated.length < pages.length) console.log(`html-validate: ${validated.length} of ${pages.length} pages (every kind, spread evenly)`);
    const errors: ValidationError[] = [];
    for (const file of validated) errors.push(...(await validateFile(site.dir, file)));
    expect(errors, `html-validate errors:\n${describeErrors(errors)}`).toEqual([]);
  });

  it('has no inline script, inline event handler or inline style, so the CSP can forbid them', () => {
    const problems = problemsOnPages(site, pages, inlineCodeProblems);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('carries the Content-Security-Policy in a <meta> ahead of every script and stylesheet', () => {
    const problems = problemsOnPages(site, pages, (doc) => cspMetaProblems(doc, contentSecurityPolicy));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('sends the same policy (plus frame-ancestors) in _headers, for hosts that read it; only /embed/ may be framed', () => {
    const rules = parseHeadersFile(readFileSync(join(site.dir, '_headers'), 'utf8'));
    const headers = (path: string) => new Map(headersFor(rules, site.base + path).map(([name, value]) => [name.toLowerCase(), value]));
    const everyPage = headers('any/page/');
    expect(everyPage.get('content-security-policy')).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(everyPage.get('x-frame-options')).toBe('DENY');
    expect(everyPage.has('x-content-type-options')).toBe(true);
    const embed = headers('embed/timeline/');
    expect(embed.get('content-security-policy')).toBe(`${contentSecurityPolicy}; frame-ancestors *`);
    expect(embed.has('x-frame-options')).toBe(false);
    expect(embed.has('x-content-type-options')).toBe(true);
  });

  it('has one h1 and no skipped heading level', () => {
    const problems = problemsOnPages(site, pages, headingProblems);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('starts with a skip link to the main content', () => {
    const problems = problemsOnPages(site, pages, skipLinkProblems);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('gives every chart a title, a description and a text equivalent', () => {
    const problems = problemsOnPages(site, pages, svgProblems);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describeBuiltSite('the built site in Chromium', (site) => {
  // A page left at an old address refreshes away at once: tests/site/redirects.test.ts checks those.
  const visited = representativePages(htmlFiles(site.dir).filter((file) => !isMovedPage(site.dir, file)));
  const live = browserAndServer(() => serveSite(site.dir, site.base));
  let auditor: PageAuditor;
  beforeAll(async () => {
    auditor = await PageAuditor.open(live.browser);
  });
  afterAll(async () => {
    await auditor?.close();
  });
  const urlOf = (file: string) => new URL(pagePath(file, site.base), live.server.root).href;

  // One visit per page for all of these: at corpus scale the browser part is what costs time.
  it.each(visited)('%s: no serious axe violation (light, dark), console error or failed request; same text without JS', async (file) => {
    const audit = await auditor.audit(urlOf(file));
    expect.soft(audit.light, `light scheme:\n${describeViolations(audit.light)}`).toEqual([]);
    expect.soft(audit.dark, `dark scheme:\n${describeViolations(audit.dark)}`).toEqual([]);
    expect.soft(audit.trouble, describeTrouble(audit.trouble)).toEqual([]);
    expect.soft(audit.text.length, 'text of <main>').toBeGreaterThan(0);
    // The search page is the one page that is a tool rather than text: without JavaScript it says
    // where to look instead (tests/site/search.test.ts).
    if (file !== 'search/index.html') expect.soft(audit.textWithoutJs, 'text of <main> with JavaScript off').toBe(audit.text);
  });

  it('can be used from the keyboard: skip link, then a visible focus on every stop', async () => {
    const keyPages = visited.filter((file) => file === 'index.html' || file.startsWith('articles/')).slice(0, 2);
    for (const file of keyPages) {
      expect(await keyboardProblems(live.browser, urlOf(file)), file).toEqual([]);
    }
  });

  it('serves the 404 page whole at any missing address, however deep', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    const trouble = watchPage(page);
    const missing = new URL('no/such/page/at/all/', live.server.root).href;
    const response = await page.goto(missing);
    const heading = await page.locator('h1').first().textContent();
    const styled = await page.evaluate(() => {
      const linked = document.querySelectorAll('link[rel="stylesheet"]').length;
      const loaded = [...document.styleSheets].filter((sheet) => sheet.cssRules.length > 0).length;
      return linked > 0 && loaded === linked;
    });
    await context.close();
    expect(response?.status()).toBe(404);
    expect(heading?.trim().length).toBeGreaterThan(0);
    expect(styled, 'the stylesheet loads at a deep missing address').toBe(true);
    // The document's own 404 is the point; anything else failing is not.
    const other = trouble.filter((t) => !t.detail.includes(missing));
    expect(other, describeTrouble(other)).toEqual([]);
  });

  it('enforces the CSP: an inline script injected into a page does not run', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    const refusals: string[] = [];
    page.on('console', (message) => message.type() === 'error' && refusals.push(message.text()));
    await page.goto(urlOf('index.html'));
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    await context.close();
    expect(ran).toBe(false);
    expect(refusals.join('\n')).toMatch(/Content Security Policy/);
  });
});

describe('which pages the slow checks see', () => {
  const corpus = [
    'index.html', '404.html', 'timeline/index.html', 'briefing/index.html',
    ...['iter', 'ska', 'covax', 'belt-and-road'].map((t) => `topics/${t}/index.html`),
    ...Array.from({ length: 10_000 }, (_, i) => `articles/a${String(i).padStart(5, '0')}/index.html`),
    ...Array.from({ length: 300 }, (_, i) => `people/p${String(i).padStart(3, '0')}/index.html`),
  ];

  it('html-validate sees every small kind in full and an even spread of the large ones, within budget', () => {
    const chosen = pagesToValidate(corpus, 800);
    expect(chosen.length).toBeLessThanOrEqual(800);
    expect(chosen).toEqual(expect.arrayContaining(corpus.filter((f) => !/^(articles|people)\//.test(f))));
    expect(chosen).toEqual(expect.arrayContaining(['articles/a00000/index.html', 'articles/a09999/index.html', 'people/p299/index.html']));
    expect(chosen.filter((f) => f.startsWith('articles/')).length).toBeGreaterThan(500);
    expect(pagesToValidate(corpus.slice(0, 50), 800)).toEqual(corpus.slice(0, 50));
  });

  it('the browser visits every kind of page, every topic page, and the ends of the large kinds', () => {
    const visited = representativePages(corpus);
    expect(visited).toEqual(expect.arrayContaining(['index.html', '404.html', 'timeline/index.html', 'briefing/index.html', 'topics/iter/index.html', 'topics/belt-and-road/index.html']));
    expect(visited.filter((f) => f.startsWith('articles/'))).toEqual(['articles/a00000/index.html', 'articles/a09999/index.html']);
    expect(visited.length).toBeLessThan(20);
  });
});

describe('the gates bite on tests/fixtures/broken-site', () => {
  const page = parseFile(fixtureDir, 'index.html');

  it('html-validate reports the invalid markup', async () => {
    const rules = new Set((await validateFile(fixtureDir, 'index.html')).map((e) => e.rule));
    expect([...rules]).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37', 'no-inline-style', 'close-order']));
  });

  it('the static checks report inline code, a missing CSP, bad headings, no skip link and a bare chart', () => {
    expect(inlineCodeProblems(page).join('\n')).toMatch(/inline <script>[\s\S]*onclick[\s\S]*style attribute/);
    expect(cspMetaProblems(page, contentSecurityPolicy)).toEqual(['expected one Content-Security-Policy <meta>, found 0']);
    expect(headingProblems(page).join('\n')).toMatch(/expected one <h1>, found 2[\s\S]*<h3>.*a level is skipped/);
    expect(skipLinkProblems(page)).toEqual([expect.stringMatching(/not a skip link/)]);
    expect(svgProblems(page).join('\n')).toMatch(/no <title>[\s\S]*no <desc>[\s\S]*no text equivalent[\s\S]*has role="list"/);
  });

  describe('in Chromium', () => {
    const live = browserAndServer(() => serveSite(fixtureDir, '/'));
    let auditor: PageAuditor;
    beforeAll(async () => {
      auditor = await PageAuditor.open(live.browser);
    });
    afterAll(async () => {
      await auditor?.close();
    });

    it('axe, the console and the network watcher report the faults', async () => {
      const audit = await auditor.audit(live.server.root);
      expect(audit.light.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
      expect(describeTrouble(audit.trouble)).toMatch(/\[exception\] fixture: uncaught error/);
      expect(describeTrouble(audit.trouble)).toMatch(/missing\.png → 404/);
    });

    it('the dark scheme is checked on its own: contrast that only fails in the dark is caught', async () => {
      const audit = await auditor.audit(`${live.server.root}dark-only/`);
      expect(audit.light.map((v) => v.id)).not.toContain('color-contrast');
      expect(audit.dark.map((v) => v.id)).toContain('color-contrast');
    });

    it('text that only JavaScript writes is missing with JavaScript off', async () => {
      const { text, textWithoutJs } = await auditor.audit(live.server.root);
      expect(text).toContain('only exists when JavaScript runs');
      expect(textWithoutJs).not.toBe(text);
    });

    it('the keyboard check reports the missing skip link and the invisible focus', async () => {
      const problems = await keyboardProblems(live.browser, live.server.root, 4);
      expect(problems.join('\n')).toMatch(/not a skip link[\s\S]*no visible focus indicator/);
    });
  });
});
