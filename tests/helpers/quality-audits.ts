/**
 * What the browser tests do on one page, as functions that return what they found, so the same
 * audit runs on the built site (expecting nothing) and on the broken fixture (expecting findings).
 */
import type { Browser, Page } from 'playwright-core';
import { colourRules, installAxe, seriousViolations, type AxeViolation } from './quality-axe.ts';
import { watchPage, type PageTrouble } from './quality-browser.ts';

export interface PageAudit {
  trouble: PageTrouble[];
  light: AxeViolation[];
  /** Colour rules only: nothing else changes with the colour scheme. */
  dark: AxeViolation[];
  /** The text of <main> (or the body, if there is no main), as the reader sees it with JavaScript. */
  text: string;
  /** The same with JavaScript off. */
  textWithoutJs: string;
}

const mainText = () => ((document.querySelector('main') ?? document.body) as HTMLElement).innerText.trim();

/**
 * Visits pages one after another in two long-lived tabs, one with JavaScript and axe, one without
 * JavaScript: a fresh browser context costs about a second, a navigation in an open tab a fifth.
 */
export class PageAuditor {
  private readonly withJs: Page;
  private readonly withoutJs: Page;

  private constructor(withJs: Page, withoutJs: Page) {
    this.withJs = withJs;
    this.withoutJs = withoutJs;
  }

  static async open(browser: Browser): Promise<PageAuditor> {
    const withJsContext = await browser.newContext({ colorScheme: 'light' });
    await installAxe(withJsContext);
    const withoutJsContext = await browser.newContext({ javaScriptEnabled: false });
    return new PageAuditor(await withJsContext.newPage(), await withoutJsContext.newPage());
  }

  /** Load a page as a reader would, read its text, run axe in the light and the dark scheme, read it again without JavaScript. */
  async audit(url: string): Promise<PageAudit> {
    const page = this.withJs;
    await page.emulateMedia({ colorScheme: 'light' });
    const trouble = watchPage(page);
    try {
      await page.goto(url, { waitUntil: 'load' });
      const text = await page.evaluate(mainText);
      const light = await seriousViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await seriousViolations(page, colourRules);
      await this.withoutJs.goto(url, { waitUntil: 'load' });
      const textWithoutJs = await this.withoutJs.evaluate(mainText);
      return { trouble: [...trouble], light, dark, text, textWithoutJs };
    } finally {
      trouble.stop();
    }
  }

  async close() {
    await this.withJs.context().close();
    await this.withoutJs.context().close();
  }
}

/** Styles that can show where the keyboard focus is. */
const focusStyleProperties = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color', 'text-decoration-line', 'border-color'];

/**
 * Keyboard use: the first Tab lands on a visible skip link, following it moves focus to the main
 * content, and each of the next `steps` focusable elements looks different when focused.
 */
export async function keyboardProblems(browser: Browser, url: string, steps = 12): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const first = await describeFocus(page);
    if (!first.isSkipLink) problems.push(`the first Tab lands on ${first.label}, not a skip link to the main content`);
    else {
      if (!first.visible) problems.push(`the skip link is not visible when focused (${first.label})`);
      await page.keyboard.press('Enter');
      // Either the target takes focus (tabindex="-1"), or the next Tab starts from it.
      const focusAtTarget = () =>
        page.evaluate(() => {
          const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
          const active = document.activeElement;
          return !!target && !!active && active !== document.body &&
            (target.contains(active) || !!(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING));
        });
      let afterSkip = await focusAtTarget();
      if (!afterSkip) {
        await page.keyboard.press('Tab');
        afterSkip = await focusAtTarget();
      }
      if (!afterSkip) problems.push('following the skip link does not move the keyboard to the main content');
      await page.goto(url, { waitUntil: 'load' });
      await page.keyboard.press('Tab');
    }
    for (let step = 0; step < steps; step++) {
      const focus = await describeFocus(page);
      if (!focus.label) break;
      if (!focus.indicated) problems.push(`no visible focus indicator on ${focus.label}`);
      await page.keyboard.press('Tab');
      if ((await describeFocus(page)).label === focus.label) break; // focus left the page
    }
  } finally {
    await context.close();
  }
  return problems;
}

async function describeFocus(page: Page) {
  return page.evaluate((properties) => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { label: '', isSkipLink: false, visible: false, indicated: false };
    const label = `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 40) || element.getAttribute('aria-label') || ''}"`;
    const hash = element instanceof HTMLAnchorElement ? element.getAttribute('href') ?? '' : '';
    const target = hash.startsWith('#') ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    const isSkipLink = !!target && (target.tagName === 'MAIN' || target.getAttribute('role') === 'main' || !!target.querySelector('main'));
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const visible =
      box.width > 1 && box.height > 1 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth &&
      style.visibility !== 'hidden' && style.opacity !== '0' && style.clipPath === 'none' && style.clip === 'auto';
    const focused = properties.map((p) => style.getPropertyValue(p));
    element.blur();
    const blurred = properties.map((p) => getComputedStyle(element).getPropertyValue(p));
    element.focus();
    return { label, isSkipLink, visible, indicated: focused.some((value, i) => value !== blurred[i]) };
  }, focusStyleProperties);
}
