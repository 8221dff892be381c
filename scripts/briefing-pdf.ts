/**
 * `npm run briefing:pdf`: prints the built /briefing/ page to dist/briefing.pdf (A4) in headless
 * Chromium, the same way a reader's browser would print it. Needs a built site (`npm run build`) and
 * Debian's Chromium; it never downloads a browser. Environment: BRIEFING_PDF (output path),
 * DIST_DIR (the built site), CHROMIUM_PATH. The base path is read from the build.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath, launchChromium } from '../tests/helpers/chromium.ts';
import { routeSiteToDist } from '../tests/helpers/route-dist.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
/** Where to write; tests point it elsewhere so that dist/ stays exactly what the build made. */
const out = resolve(process.env.BRIEFING_PDF ?? join(dist, 'briefing.pdf'));

function fail(message: string): never {
  console.error(`briefing:pdf: ${message}`);
  process.exit(1);
}

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

export async function printBriefing(): Promise<string> {
  if (!existsSync(join(dist, 'briefing', 'index.html'))) {
    fail(`${join(dist, 'briefing', 'index.html')} is missing: build the site first (npm run build).`);
  }
  if (!chromiumPath()) {
    fail('Chromium is missing: expected /usr/bin/chromium (or set CHROMIUM_PATH). Install it with `apt-get install -y chromium`; this project never downloads a browser.');
  }
  // The page is opened at its public address (its canonical URL) and every request to that origin is
  // answered from dist/: links in the PDF then point to the real site, not to a local server, and the
  // output does not depend on a port number.
  const html = readFileSync(join(dist, 'briefing', 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  const publicUrl = canonical ?? new URL('briefing/', process.env.SITE_URL ?? 'https://example.org/').href;
  const browser = await launchChromium({ javaScriptEnabled: false });
  try {
    await routeSiteToDist(browser.context, publicUrl, dist);
    const page = await browser.context.newPage();
    const response = await page.goto(publicUrl, { waitUntil: 'load' });
    if (!response?.ok()) fail(`/briefing/ answered ${response?.status()}`);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const pdf = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true, // the @page rule in site.css sets size and margins
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font: 8pt sans-serif; color: #444; width: 100%; text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    });
    writeFileSync(out, fixPdfDates(pdf));
    return out;
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  const path = await printBriefing();
  const size = readFileSync(path).length;
  console.log(`briefing:pdf: wrote ${path} (${Math.round(size / 1024)} KB)`);
}
