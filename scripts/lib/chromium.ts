/**
 * Headless Chromium for tests and scripts, through playwright-core and the system's Chromium (never a
 * downloaded browser), with the flags the project agreed on and a fresh profile every time.
 *
 *   const browser = await launchChromium();
 *   const page = await browser.context.newPage();
 *   ...
 *   await browser.close();   // closes Chromium and deletes the temporary profile
 *
 * Set CHROMIUM_PATH to use another binary. `chromiumPath()` returns null when there is none, so a
 * caller can fail with its own clear message.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium executable to use, or null when none is installed. */
export function chromiumPath(): string | null {
  const list = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : CANDIDATES;
  for (const path of list) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // try the next one
    }
  }
  return null;
}

export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** CSS viewport; default 1280×800. */
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** false turns JavaScript off, to test the site as a reader without scripts sees it. */
  javaScriptEnabled?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      'Chromium not found at /usr/bin/chromium (set CHROMIUM_PATH to another binary). ' +
        'On Debian: apt-get install -y chromium. This project never downloads a browser.',
    );
  }
  // Playwright takes the profile directory as a parameter rather than as --user-data-dir in args.
  const userDataDir = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      colorScheme: options.colorScheme ?? 'light',
      javaScriptEnabled: options.javaScriptEnabled ?? true,
    });
    return {
      context,
      async close() {
        await context.close().catch(() => {});
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
}
