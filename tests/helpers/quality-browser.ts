/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), and a watcher that
 * records what a reader would see go wrong on a page: console errors, uncaught exceptions, CSP
 * violations, failed or 4xx/5xx requests.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

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
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PageTrouble {
  kind: 'console' | 'exception' | 'request';
  detail: string;
}

/** Start recording a page's trouble; read the list after navigating and interacting. */
export function watchPage(page: Page): PageTrouble[] {
  const trouble: PageTrouble[] = [];
  page.on('console', (message) => {
    const where = message.location().url;
    if (message.type() === 'error') trouble.push({ kind: 'console', detail: `${message.text()}${where ? ` (${where})` : ''}` });
  });
  page.on('pageerror', (error) => trouble.push({ kind: 'exception', detail: error.message }));
  page.on('requestfailed', (request) =>
    trouble.push({ kind: 'request', detail: `${request.url()} failed: ${request.failure()?.errorText}` }),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) trouble.push({ kind: 'request', detail: `${response.url()} → ${response.status()}` });
  });
  return trouble;
}

export const describeTrouble = (trouble: PageTrouble[]) => trouble.map((t) => `  [${t.kind}] ${t.detail}`).join('\n');
