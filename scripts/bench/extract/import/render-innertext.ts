/**
 * Renders each benchmark page's innerText once in Debian's Chromium and stores it beside the case
 * (`innertext.txt.gz`, gzip to keep the fixtures within their size budget), so the text path's
 * tests and the bench need no browser. This is what a
 * copy-paste scraper saves: the page as laid out, with JavaScript off, every network request
 * blocked (images, styles and scripts from elsewhere never load) and a fixed viewport.
 *
 *   node scripts/bench/extract/import/render-innertext.ts [--force] [--dir CASES_DIR] [ids…]
 *
 * --dir renders another set laid out the same way (the snippet set: bench/data/extract-snippets).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../../../tests/helpers/chromium.ts';
import { loadCases } from '../cases.ts';

const { values, positionals } = parseArgs({ options: { force: { type: 'boolean' }, dir: { type: 'string' } }, allowPositionals: true });

// The page is served from this address by the route below; nothing else is ever fetched.
const PAGE_URL = 'http://page.invalid/';

const cases = loadCases(values.dir).filter((c) => positionals.length === 0 || positionals.includes(c.id));
const todo = cases.filter((c) => values.force || !existsSync(join(c.dir, 'innertext.txt.gz')));
const browser = await launchChromium({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
const failed: string[] = [];
try {
  const page = await browser.context.newPage();
  let current: Uint8Array = new Uint8Array();
  // The sets store every page re-encoded as UTF-8 while many keep their original <meta charset>
  // (gb2312, euc-kr…): valid UTF-8 is served as such, anything else left to Chromium's own sniffing.
  const contentType = (bytes: Uint8Array) => (isUtf8(bytes) ? 'text/html; charset=utf-8' : 'text/html');
  await page.route('**/*', (route) =>
    route.request().url() === PAGE_URL && route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: contentType(current), body: Buffer.from(current) })
      : route.abort(),
  );
  const render = async (waitUntil: 'load' | 'domcontentloaded') => {
    await page.goto(PAGE_URL, { waitUntil, timeout: 30_000 });
    return page.evaluate(() => {
      // "Anti-flicker" snippets hide the whole page until their script runs; a scraper with
      // JavaScript on never sees that, so the root elements are shown again before reading.
      for (const el of [document.documentElement, document.body]) {
        el?.style.setProperty('visibility', 'visible', 'important');
        el?.style.setProperty('opacity', '1', 'important');
      }
      return document.body?.innerText ?? '';
    });
  };
  for (const [i, c] of todo.entries()) {
    current = c.html();
    let text: string;
    try {
      text = await render('load');
    } catch {
      // A <meta http-equiv="refresh"> navigates away (to a blocked address) while the page is read:
      // read it again as soon as it is parsed, before the refresh fires; else leave the case without text.
      try {
        text = await render('domcontentloaded');
      } catch (error) {
        failed.push(`${c.id}: ${(error as Error).message.split('\n')[0]}`);
        continue;
      }
    }
    writeFileSync(join(c.dir, 'innertext.txt.gz'), gzipSync(text.endsWith('\n') ? text : text + '\n', { level: 9 }));
    if ((i + 1) % 25 === 0) console.log(`${i + 1}/${todo.length}`);
  }
} finally {
  await browser.close();
}
console.log(`rendered ${todo.length - failed.length} of ${cases.length} cases${failed.length ? `; not rendered:\n  ${failed.join('\n  ')}` : ''}`);
