/**
 * Prints every briefing page of the built site (/briefing/, /briefing/<topic>/, /briefing/<year>/) to
 * an A4 PDF in headless Chromium, as a reader's browser would print it, and links each page to its
 * PDF with the page count and size. Runs as a step of `npm run build` (with --build) and as
 * `npm run briefing:pdf`. Debian's Chromium (or CHROMIUM_PATH); never a downloaded browser.
 *
 * Print first, then link: a page's PDF offer (src/components/PdfOffer.astro, hidden in print) is a
 * paragraph marked `data-briefing-pdf="<address of the PDF>"`; once the PDF exists, the paragraph's
 * content is replaced by the link. The PDF never shows the offer, so printing and linking need one pass.
 *
 * The PDFs are tagged (structure for screen readers and reflow), carry the page's title and language,
 * an outline of its headings, and links to the public site (relative to the PDF when the site was built
 * without SITE_URL: never to the placeholder domain; lib/pdf-links.ts). Chromium stamps each file with the time of
 * printing; those stamps are fixed (fixPdfDates) so that two builds give the same bytes.
 *
 * Chinese, Japanese, Korean, Arabic, Hebrew, Thai and Devanagari are printed with fonts the project
 * brings (lib/print-fonts.ts), added to each briefing while it is printed, so the PDF shows them on a
 * machine with no font for them. A briefing
 * with characters neither those nor an installed font can draw (a script no font here covers) is
 * printed all the same, with a warning naming them: the PDF would show them as empty boxes to every
 * reader (lib/font-coverage.ts).
 *
 * Names (`node scripts/briefing-pdf.ts iter 2020`) print only those briefings (`all` is /briefing/).
 * --build: a missing Chromium is not an error; the build says so in one line and the pages keep their
 * print button. Environment: DIST_DIR (the built site), CHROMIUM_PATH; the base path and the site's
 * address are read from the build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { chromiumPath, launchChromium } from './lib/chromium.ts';
import { routeSiteToDist } from './lib/route-dist.ts';
import { builtAddress } from './lib/built-address.ts';
import { relativePdfLinks } from './lib/pdf-links.ts';
import { escapeMarkup } from '../src/lib/text/escape-markup.ts';
import { installedFontCoverage, uncoveredCharacters, uncoveredWarning } from './lib/font-coverage.ts';
import { mergedCoverage, PRINT_FONTS_PATH, printFonts, type PrintFonts } from './lib/print-fonts.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
// Where the site was built to live (read from the build, so BASE_PATH and SITE_URL need not be set again).
const { base, origin, known } = builtAddress(dist);

/**
 * The PDF with its links to the placeholder address made relative (lib/pdf-links.ts). A PDF that
 * function cannot rewrite (another Chromium writing another layout) is kept as printed, with a
 * warning: a briefing whose links name the placeholder is better than no briefing, and the
 * briefing tests (tests/site/briefing.test.ts) still fail on it.
 */
function linksMadeRelative(printed: Buffer, pdfHref: string): Buffer {
  try {
    return relativePdfLinks(printed, origin, pdfHref);
  } catch (error) {
    console.warn(`briefing-pdf: ${pdfHref}: links left absolute (${(error as Error).message})`);
    return printed;
  }
}

/** The offer a briefing page makes before its PDF exists, and after (the link replaces the content). */
const OFFER = /(<p\b[^>]*\sdata-briefing-pdf="([^"]+)"[^>]*>)([\s\S]*?)(<\/p>)/;

export interface Briefing {
  /** dist/briefing/iter/index.html */
  htmlFile: string;
  /** Its public address, from its canonical link. */
  pageUrl: string;
  /** The PDF's address as the page links it (base path included) and its file in dist/. */
  pdfHref: string;
  pdfFile: string;
}

export interface Printed extends Briefing { pages: number; bytes: number; seconds: number }

/** Every page under dist/briefing/ that offers a PDF, in a stable order. */
export function findBriefings(dir = dist): Briefing[] {
  const root = join(dir, 'briefing');
  if (!existsSync(root)) return [];
  const out: Briefing[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') {
        const html = readFileSync(full, 'utf8');
        const offer = OFFER.exec(html);
        if (!offer) continue;
        const pdfHref = decodeEntities(offer[2]);
        if (!pdfHref.startsWith(base)) throw new Error(`${full}: PDF address ${pdfHref} is outside the base path ${base}`);
        const pdfFile = resolve(dir, pdfHref.slice(base.length));
        if (!pdfFile.startsWith(resolve(dir) + sep)) throw new Error(`${full}: PDF address ${pdfHref} leaves dist/`);
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
        const sitePath = '/' + relative(dir, dirname(full)).split(sep).join('/') + '/';
        const pageUrl = canonical ? decodeEntities(canonical) : new URL(base + sitePath.slice(1), origin).href;
        out.push({ htmlFile: full, pageUrl, pdfHref, pdfFile });
      }
    }
  };
  walk(root);
  return out;
}

const decodeEntities = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/**
 * Chromium stamps the PDF with the time of printing. Replace the digits of those stamps one for one
 * (same length, so the PDF's byte offsets stay valid) so that printing twice gives the same file.
 */
export function fixPdfDates(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate)\s*\(D:(\d+)/g, (m, _key, digits: string) =>
    m.slice(0, m.length - digits.length) + '19700101000000'.padEnd(digits.length, '0').slice(0, digits.length),
  );
  return Buffer.from(fixed, 'latin1');
}

/**
 * A tagged PDF names its structure elements after the DOM nodes they came from (`/ID (node00001134)`),
 * and the renderer numbers nodes in whatever order it first touches them: what ran before shifts the
 * numbers, and two prints of one page gave two table headers each other's. Renumber them by where
 * their elements stand in the file (the structure tree's order, the same on every print), keeping their
 * length (the byte offsets stay valid), and sort the ID tree's names again, as a name tree must be.
 */
export function fixPdfNodeIds(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const byValue = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  // Elements first, in file order; a name only referred to (a cell's /Headers) after them, by value.
  const defined = [...new Set([...text.matchAll(/\/ID\s*\(node(\d+)\)/g)].map((m) => m[1]))];
  const isDefined = new Set(defined);
  const referred = [...new Set([...text.matchAll(/\(node(\d+)\)/g)].map((m) => m[1]))].filter((id) => !isDefined.has(id)).sort(byValue);
  const ids = [...defined, ...referred];
  const rank = new Map(ids.map((id, i) => [id, String(i + 1).padStart(id.length, '0')]));
  if ([...rank].some(([id, r]) => r.length !== id.length)) return pdf;
  const renamed = text.replace(/\(node(\d+)\)/g, (_m, id: string) => `(node${rank.get(id)})`);
  return Buffer.from(renamed.replace(/(\/Limits\s*\[\(node\d+\)\s*\(node\d+\)\]\s*)?\/Names\s*\[([^\]]*)\]/g, sortedIdTree), 'latin1');
}

/**
 * An ID tree's leaf, `/Limits [(first) (last)] /Names [(node…) n 0 R …]`, with its pairs sorted by name
 * and its limits the first and last of them; unchanged unless it is only such pairs, one space apart,
 * and the same length once sorted.
 */
function sortedIdTree(whole: string, limits: string | undefined, inner: string): string {
  const pairs = [...inner.matchAll(/\((node\d+)\) (\d+ \d+ R)/g)].map((m) => ({ name: m[1], ref: m[2] }));
  if (pairs.length < 2 || pairs.map((p) => `(${p.name}) ${p.ref}`).join(' ') !== inner) return whole;
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = whole.slice((limits ?? '').length).replace(inner, () => pairs.map((p) => `(${p.name}) ${p.ref}`).join(' '));
  const bounds = limits?.replace(/\[\(node\d+\)(\s*)\(node\d+\)\]/, (_m, gap: string) => `[(${pairs[0].name})${gap}(${pairs[pairs.length - 1].name})]`) ?? '';
  const sorted = bounds + names;
  return sorted.length === whole.length ? sorted : whole;
}

/** Pages of a PDF as Chromium (Skia) writes it: one `/Type /Page` object per page, uncompressed. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** "84 KB", "1.2 MB". */
const pageCount = (pages: number) => (pages === 1 ? '1 page' : `${pages} pages`);

export function sizeWords(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The page's offer, once the PDF exists: a link with what a reader wants to know before downloading. */
export function offerLink(pdfHref: string, pages: number, bytes: number): string {
  return `<a href="${escapeMarkup(pdfHref)}" type="application/pdf">Download this briefing as a PDF</a> (A4, ${pageCount(pages)}, ${sizeWords(bytes)})`;
}

function writeAtomically(file: string, data: Buffer | string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

// The page margins (site.css's @page: 16 mm top, 18 mm bottom) hold the briefing's title and the page numbers.
const MARGIN_STYLE = 'font: 7.5pt sans-serif; color: #444; width: 100%; margin: 0 15mm;';
const HEADER = `<div style="${MARGIN_STYLE} text-align: left;"><span class="title"></span></div>`;
const FOOTER = `<div style="${MARGIN_STYLE} text-align: right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

/**
 * Serves the brought fonts to the printing browser, and each briefing with a link to their stylesheet
 * (at the site's address + PRINT_FONTS_PATH, from node_modules; the page's Content-Security-Policy
 * allows same-origin styles and fonts). Registered after routeSiteToDist, so it is asked first. The
 * page is changed as it is served, never in dist/: readers' pages do not load these fonts.
 */
async function servePrintFonts(context: BrowserContext, briefings: Briefing[], root: string, fonts: PrintFonts): Promise<void> {
  const css = `${root}fonts.css`;
  const link = `<link rel="stylesheet" href="${escapeMarkup(css)}">`;
  await context.route(`${root}**`, async (route) => {
    const url = route.request().url();
    if (url === css) return route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: fonts.css });
    const file = fonts.files.get(url.slice(root.length));
    if (!file) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'font/woff2', body: readFileSync(file) });
  });
  for (const b of briefings) {
    await context.route((url) => url.href === b.pageUrl, (route) => {
      const html = readFileSync(b.htmlFile, 'utf8');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html.replace('</head>', `${link}</head>`) });
    });
  }
}

/**
 * Waits until every face the layout asks for has loaded: Chromium prints what it has, and a face still
 * loading would print as nothing. Bounded: a face that never comes prints as a fallback.
 */
async function fontsLoaded(page: Page): Promise<void> {
  await page.evaluate(() => Promise.race([document.fonts.ready, new Promise((done) => setTimeout(done, 30_000))]).then(() => undefined));
}

/** Prints the briefings and links each page to its PDF. */
export async function printBriefings(briefings: Briefing[], log: (line: string) => void = () => {}, warn: (line: string) => void = console.warn): Promise<Printed[]> {
  if (briefings.length === 0) return [];
  const brought = printFonts();
  if (!brought) warn('briefing:pdf: the print fonts (@fontsource-variable/noto-sans-*) are not installed (run npm ci): other scripts than Latin print with the installed fonts only');
  const installed = installedFontCoverage();
  const fonts = installed && brought ? mergedCoverage(installed, brought.coverage) : installed;
  const browser = await launchChromium({ javaScriptEnabled: false });
  const printed: Printed[] = [];
  try {
    // Pages are opened at their public address and every request to that origin is answered from dist/:
    // links in the PDF point to the real site, and the output does not depend on a port number.
    await routeSiteToDist(browser.context, briefings[0].pageUrl, dist);
    if (brought) await servePrintFonts(browser.context, briefings, new URL(base + PRINT_FONTS_PATH, origin).href, brought);
    const page = await browser.context.newPage();
    // With the brought fonts, each page loads on screen and is switched to print once its faces are in:
    // loaded with print media from the start, Chromium printed the timeline's table cells with the empty
    // boxes it drew before the faces came (the same text in a list came out right).
    const printMedia = { media: 'print', colorScheme: 'light' } as const;
    if (!brought) await page.emulateMedia(printMedia);
    for (const b of briefings) {
      const started = performance.now();
      if (brought) await page.emulateMedia({ ...printMedia, media: 'screen' });
      const response = await page.goto(b.pageUrl, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${b.pageUrl} answered ${response?.status()}`);
      if (brought) {
        await fontsLoaded(page);
        await page.emulateMedia(printMedia);
        await fontsLoaded(page);
      }
      if (fonts) {
        // What the PDF shows: the page's text and its title, which the page margins repeat.
        const shown = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
        const missing = uncoveredCharacters(shown, fonts);
        if (missing.length) warn(uncoveredWarning(`briefing:pdf: ${relative(dist, b.pdfFile)}`, missing));
      }
      const printedPdf = fixPdfNodeIds(fixPdfDates(await page.pdf({
        format: 'A4',
        preferCSSPageSize: true, // the @page rule in site.css sets size and margins
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: HEADER,
        footerTemplate: FOOTER,
        tagged: true,
        outline: true,
      })));
      // Chromium writes each link as the absolute address it resolved: the placeholder's, without SITE_URL.
      const pdf = known ? printedPdf : linksMadeRelative(printedPdf, b.pdfHref);
      writeAtomically(b.pdfFile, pdf);
      const done = { ...b, pages: pdfPageCount(pdf), bytes: pdf.length, seconds: (performance.now() - started) / 1000 };
      printed.push(done);
      log(`  ${relative(dist, b.pdfFile)}: ${pageCount(done.pages)}, ${sizeWords(done.bytes)}, ${done.seconds.toFixed(1)} s`);
    }
  } finally {
    await browser.close();
  }
  for (const p of printed) {
    const html = readFileSync(p.htmlFile, 'utf8');
    const linked = html.replace(OFFER, (_m, open: string, _href, _content, close: string) => open + offerLink(p.pdfHref, p.pages, p.bytes) + close);
    if (linked !== html) writeAtomically(p.htmlFile, linked);
  }
  return printed;
}

if (import.meta.main) {
  const asBuildStep = process.argv.includes('--build');
  const name = 'briefing:pdf';
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const briefings = findBriefings().filter((b) => only.length === 0 || only.some((n) => b.pdfFile.endsWith(`${sep}${n}.pdf`)));
  if (briefings.length === 0) {
    console.error(`${name}: no briefing page in ${join(dist, 'briefing')}: build the site first (npm run build).`);
    process.exit(asBuildStep ? 0 : 1);
  }
  if (!chromiumPath()) {
    const why = `Chromium not found (/usr/bin/chromium, or set CHROMIUM_PATH; on Debian: apt-get install -y chromium)`;
    if (asBuildStep) {
      console.log(`${name}: ${why}: no PDFs printed, the briefing pages offer their print button instead.`);
      process.exit(0);
    }
    console.error(`${name}: ${why}. This project never downloads a browser.`);
    process.exit(1);
  }
  const started = performance.now();
  const printed = await printBriefings(briefings, asBuildStep ? undefined : console.log);
  const pages = printed.reduce((n, p) => n + p.pages, 0);
  const bytes = printed.reduce((n, p) => n + p.bytes, 0);
  console.log(`${name}: ${printed.length} briefings printed to ${relative(process.cwd(), join(dist, 'briefings')) || '.'}/ (${pageCount(pages)}, ${sizeWords(bytes)}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
