/**
 * Chromium (tests/helpers/quality-browser.ts) and a server, started together before a group of tests
 * and closed after it: the set-up every browser test of a site shares. Call it inside `describe`;
 * hooks the caller adds after it (an auditor on the browser, say) run after the start and, vitest
 * running after-hooks in reverse, are closed before the browser.
 *
 *   const live = browserAndServer(() => serveSite(site.dir, site.base));
 *   it('…', async () => {
 *     const page = await live.browser.newPage();
 *     await page.goto(live.server.root);
 *   });
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './quality-browser.ts';

export interface BrowserAndServer<S> {
  /** Set once the group's tests run. */
  readonly browser: Browser;
  readonly server: S;
}

/** `serve` starts the server (called in beforeAll, so it may use what earlier hooks built). */
export function browserAndServer<S extends { close(): Promise<void> }>(serve: () => Promise<S>): BrowserAndServer<S> {
  let browser: Browser | undefined;
  let server: S | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serve()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started: use it inside a test of the group that called browserAndServer()`);
    return value;
  };
  return {
    get browser() { return started(browser, 'browser'); },
    get server() { return started(server, 'server'); },
  };
}
