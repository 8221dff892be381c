/**
 * A printed page lets its reader find where its links lead: on paper an article's, a topic's, a
 * person's and a briefing's links to other pages of the site print their address after them (absolute, with the
 * origin the site was built for and its base path, when it was built with SITE_URL; else the site
 * path, base path included: never the placeholder domain as if it were the real address), as links
 * to other sites already did. A link within
 * the page (a briefing's "[1]", a paragraph's "¶") prints none, and a link that shows its address as its
 * text (a briefing's sources list) does not print it twice. Checked in the PDF Chromium prints.
 * Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuiltSite } from '../helpers/dist.ts';
import { loadArticles, loadPeople } from '../helpers/content.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { builtAddress } from '../../scripts/lib/built-address.ts';

requireBuiltSite();
const { origin, base, known } = builtAddress(DIST);
const article = loadArticles().find((a) => a.topics.length > 0) ?? loadArticles()[0];
const work = mkdtempSync(join(tmpdir(), 'print-links-'));

interface Printed {
  /** The PDF's text with all white space taken out: a long address may wrap anywhere. */
  text: string;
  /** Its lines as printed, white space taken out of each. */
  lines: string[];
  /** The page's links as they are printed: href, whether the link is within the page, its text. */
  links: { href: string; text: string; heading: string | null }[];
}

describe('printed pages name where their links lead', () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    server = await serveDist({ dir: DIST });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  async function print(path: string): Promise<Printed> {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url(path));
      await page.emulateMedia({ media: 'print' });
      const links = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')]
        .filter((a) => a.getClientRects().length > 0)
        .map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.replace(/\s+/g, ''), heading: a.closest('h1, h2, h3, h4')?.textContent!.replace(/\s+/g, '') ?? null })));
      const file = join(work, `${path.replace(/\W+/g, '_')}.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4' }));
      const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      return { text: raw.replace(/\s+/g, ''), lines: raw.split('\n').map((l) => l.replace(/\s+/g, '')), links };
    } finally {
      await page.close();
    }
  }

  const address = (href: string) => (known ? `${origin}${href}` : href);
  const count = (text: string, part: string) => text.split(part).length - 1;

  // A person's page too: each quote cites its paragraph, which a reader on paper could not find without its address.
  const person = loadPeople().find((p) => p.quotes.length > 0);
  for (const path of [`${base}articles/${article.slug}/`, `${base}topics/`, `${base}briefing/`, ...(person ? [`${base}people/${person.slug}/`] : [])]) {
    it(`prints the address of each link to another page of the site after it on ${path}`, async () => {
      const { text, lines, links } = await print(path);
      const internal = links.filter((l) => l.href.startsWith(base) && l.text !== address(l.href));
      expect(internal.length, 'links to other pages').toBeGreaterThan(0);
      for (const link of internal) expect(text, link.href).toContain(`<${address(link.href)}>`);
      // Within the page: no address of its own.
      for (const link of links.filter((l) => l.href.startsWith('#'))) expect(text, link.href).not.toContain(`${link.href}>`);
      // A link whose text is its address shows it once.
      for (const link of links.filter((l) => l.text === address(l.href))) expect(count(text, address(link.href)), link.href).toBe(1);
      // A link in a heading prints its address after the whole heading, never among its words (a
      // briefing's topic heading printed "ITER <address>: International …" when only the name was the link).
      for (const link of internal.filter((l) => l.heading)) expect(text, link.href).toContain(`${link.heading}<${address(link.href)}>`);
      // An address shorter than about half a line is printed on one line, never cut at a line's end
      // ("…#2020-10-27-wang" / "-zhigang>" was, with word-break: break-all).
      for (const link of internal.filter((l) => address(l.href).length <= 60)) {
        expect(lines.some((line) => line.includes(`<${address(link.href)}>`)), link.href).toBe(true);
      }
      // The page's own address at its top, and every other, names no placeholder origin.
      if (!known) expect(text).not.toContain(origin.replace(/^https?:\/\//, ''));
    });
  }
});
