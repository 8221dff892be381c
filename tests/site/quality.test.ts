/**
 * Quality gates a reader would notice: valid HTML, accessibility (axe in light and dark), keyboard
 * use, charts with text equivalents, nothing broken in the console, text without JavaScript, and a
 * Content-Security-Policy that forbids inline scripts. Each gate also runs on
 * tests/fixtures/broken-site and must find the faults planted there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';
import { auditPage, keyboardProblems, mainTextWithAndWithoutJs } from '../helpers/quality-audits.ts';
import { describeViolations } from '../helpers/quality-axe.ts';
import { describeTrouble, launchChromium } from '../helpers/quality-browser.ts';
import { parseFile } from '../helpers/quality-html.ts';
import { cspMetaProblems, headingProblems, inlineCodeProblems, skipLinkProblems, svgProblems } from '../helpers/quality-page-checks.ts';
import { representativePages } from '../helpers/quality-pages.ts';
import { parseHeadersFile, serveSite, type StaticServer } from '../helpers/quality-server.ts';
import { describeBuiltSite, htmlFiles, pagePath, type BuiltSite } from '../helpers/quality-site.ts';
import { describeErrors, validateFile, type ValidationError } from '../helpers/quality-validate.ts';

const fixtureDir = join(import.meta.dirname, '../fixtures/broken-site');

/** Run a per-page check over pages and collect `file: problem` lines. */
function problemsOnPages(site: BuiltSite, files: string[], check: (doc: ReturnType<typeof parseFile>) => string[]) {
  return files.flatMap((file) => check(parseFile(site.dir, file)).map((problem) => `${file}: ${problem}`));
}

describeBuiltSite('every page of the built site, as shipped', (site) => {
  const pages = htmlFiles(site.dir);

  it('is valid HTML (html-validate, recommended preset)', async () => {
    const errors: ValidationError[] = [];
    for (const file of pages) errors.push(...(await validateFile(site.dir, file)));
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

  it('sends the same policy (plus frame-ancestors) in _headers, for hosts that read it', () => {
    const rules = parseHeadersFile(readFileSync(join(site.dir, '_headers'), 'utf8'));
    const everyPage = rules.find((rule) => rule.pattern.test('/any/page/'));
    const csp = everyPage?.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
    expect(csp).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(everyPage?.headers.map(([name]) => name)).toContain('X-Content-Type-Options');
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
  const visited = representativePages(htmlFiles(site.dir));
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveSite(site.dir, site.base)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const urlOf = (file: string) => new URL(pagePath(file, site.base), server.root).href;

  it.each(visited)('%s: no serious axe violation (light and dark), console error or failed request', async (file) => {
    const audit = await auditPage(browser, urlOf(file));
    expect.soft(audit.light, `light scheme:\n${describeViolations(audit.light)}`).toEqual([]);
    expect.soft(audit.dark, `dark scheme:\n${describeViolations(audit.dark)}`).toEqual([]);
    expect.soft(audit.trouble, describeTrouble(audit.trouble)).toEqual([]);
  });

  it.each(visited)('%s: keeps its text with JavaScript off', async (file) => {
    const { withJs, withoutJs } = await mainTextWithAndWithoutJs(browser, urlOf(file));
    expect(withoutJs.length).toBeGreaterThan(0);
    expect(withoutJs).toBe(withJs);
  });

  it('can be used from the keyboard: skip link, then a visible focus on every stop', async () => {
    const keyPages = visited.filter((file) => file === 'index.html' || file.startsWith('articles/')).slice(0, 2);
    for (const file of keyPages) {
      expect(await keyboardProblems(browser, urlOf(file)), file).toEqual([]);
    }
  });

  it('enforces the CSP: an inline script injected into a page does not run', async () => {
    const context = await browser.newContext();
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
    expect(svgProblems(page).join('\n')).toMatch(/neither aria-hidden nor role="img"[\s\S]*no <title>[\s\S]*no <desc>[\s\S]*no text equivalent/);
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let server: StaticServer;
    beforeAll(async () => {
      [browser, server] = await Promise.all([launchChromium(), serveSite(fixtureDir, '/')]);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('axe, the console and the network watcher report the faults', async () => {
      const audit = await auditPage(browser, server.root);
      expect(audit.light.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
      expect(describeTrouble(audit.trouble)).toMatch(/\[exception\] fixture: uncaught error/);
      expect(describeTrouble(audit.trouble)).toMatch(/missing\.png → 404/);
    });

    it('the dark scheme is checked on its own: contrast that only fails in the dark is caught', async () => {
      const audit = await auditPage(browser, `${server.root}dark-only/`);
      expect(audit.light.map((v) => v.id)).not.toContain('color-contrast');
      expect(audit.dark.map((v) => v.id)).toContain('color-contrast');
    });

    it('text that only JavaScript writes is missing with JavaScript off', async () => {
      const { withJs, withoutJs } = await mainTextWithAndWithoutJs(browser, server.root);
      expect(withoutJs).not.toBe(withJs);
    });

    it('the keyboard check reports the missing skip link and the invisible focus', async () => {
      const problems = await keyboardProblems(browser, server.root, 4);
      expect(problems.join('\n')).toMatch(/not a skip link[\s\S]*no visible focus indicator/);
    });
  });
});
