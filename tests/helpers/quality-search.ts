/**
 * The search box as a reader uses it: open a page, click into the box, type, read the results.
 * Records which Pagefind files were fetched before and after the first use.
 */
import type { Browser } from 'playwright-core';
import { colourRules, installAxe, seriousViolations, type AxeViolation } from './quality-axe.ts';
import { watchPage, type PageTrouble } from './quality-browser.ts';

export interface SearchSession {
  /** Pagefind URLs requested while the page loaded, before anyone touched the box. */
  pagefindBeforeUse: string[];
  /** Pagefind URLs requested after focusing the box and typing. */
  pagefindAfterUse: string[];
  results: { href: string; text: string }[];
  /** The text under each result, as the reader sees it. */
  excerpts: string[];
  status: string;
  trouble: PageTrouble[];
  /** With `{ axe: true }`: axe's serious violations with the results open, light then dark scheme. */
  axe?: { light: AxeViolation[]; dark: AxeViolation[] };
}

export async function searchAs(browser: Browser, pageUrl: string, query: string, options: { axe?: boolean } = {}): Promise<SearchSession> {
  const context = await browser.newContext({ colorScheme: 'light' });
  if (options.axe) await installAxe(context);
  const page = await context.newPage();
  const trouble = watchPage(page);
  const pagefind: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefind.push(request.url());
  });
  try {
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    const pagefindBeforeUse = [...pagefind];
    const box = page.getByRole('searchbox');
    await box.click();
    await box.fill(query);
    const results = page.locator('form[role="search"] ol li a');
    // The status line is written once results (or their absence) are shown.
    await page
      .waitForFunction(() => (document.querySelector('form[role="search"] [role="status"]')?.textContent ?? '') !== '', null, { timeout: 15_000 })
      .catch(() => {});
    await page.waitForLoadState('networkidle');
    let axe: SearchSession['axe'];
    if (options.axe) {
      const light = await seriousViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      axe = { light, dark: await seriousViolations(page, colourRules) };
    }
    return {
      axe,
      pagefindBeforeUse,
      pagefindAfterUse: pagefind.slice(pagefindBeforeUse.length),
      results: await results.evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' }))),
      excerpts: await page.locator('form[role="search"] ol li p').evaluateAll((ps) => ps.map((p) => p.textContent ?? '')),
      status: (await page.locator('form[role="search"] [role="status"]').textContent()) ?? '',
      trouble: [...trouble],
    };
  } finally {
    await context.close();
  }
}

/** Query words taken from an article's own title: it must come back as a result. */
export const queryFromTitle = (title: string) =>
  title
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2)
    .slice(0, 8)
    .join(' ');
