/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), and a watcher that
 * records what a reader would see go wrong on a page: console errors, uncaught exceptions, CSP
 * violations, failed or 4xx/5xx requests.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_FLAGS } from './chromium.ts';
import { chromium, type Browser, type ConsoleMessage, type Page, type Request, type Response } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Playwright starts Chromium with a fresh temporary --user-data-dir of its own on every launch
 * (it refuses one in `args`), so no state leaks between runs.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} not found: install Debian's chromium (apt-get install -y chromium), as .ci/run does.`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

export interface PageTrouble {
  kind: 'console' | 'exception' | 'request';
  detail: string;
}

/**
 * Start recording a page's trouble; read the list after navigating and interacting. `stop` detaches
 * the listeners, so one page can be reused for the next address without mixing their troubles.
 */
export function watchPage(page: Page): PageTrouble[] & { stop(): void } {
  const trouble: PageTrouble[] = [];
  const onConsole = (message: ConsoleMessage) => {
    const where = message.location().url;
    if (message.type() === 'error') trouble.push({ kind: 'console', detail: `${message.text()}${where ? ` (${where})` : ''}` });
  };
  const onPageError = (error: Error) => trouble.push({ kind: 'exception', detail: error.message });
  const onRequestFailed = (request: Request) =>
    trouble.push({ kind: 'request', detail: `${request.url()} failed: ${request.failure()?.errorText}` });
  const onResponse = (response: Response) => {
    if (response.status() >= 400) trouble.push({ kind: 'request', detail: `${response.url()} → ${response.status()}` });
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  return Object.assign(trouble, {
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('requestfailed', onRequestFailed);
      page.off('response', onResponse);
    },
  });
}

export const describeTrouble = (trouble: PageTrouble[]) => trouble.map((t) => `  [${t.kind}] ${t.detail}`).join('\n');
