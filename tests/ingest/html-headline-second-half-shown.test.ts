/**
 * A headline's own second half after a dash that the <h1> shows (lib/html/headline/html-headline.ts,
 * secondHalfShown): a longer form that goes on in small letters ("… - with his last shift just days
 * away") is no page-title form of a shorter share title that leaves the half out; its votes stay its
 * own. Guards: a short last part in capitals (a section's or the site's name) still gives its votes to
 * the shorter form, and so does a second half the <h1> does not show.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const site = '<meta property="og:site_name" content="Harbor Post">';
const ld = (headline: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}"}</script>`;
const short = 'Harbor pilot retires after 30 years at the helm';
const whole = `${short} - with his last shift just days away`;

describe('the second half of the headline the <h1> shows', () => {
  it('stands over a share title that leaves it out, a JSON-LD headline cut short beside it', () => {
    const head =
      `<title>${whole} | Harbor Post</title>` +
      `<meta property="og:title" content="${short}"><meta name="twitter:title" content="${short}">` +
      ld(`${short} - with his last shift just days...`) +
      site;
    expect(headlineOf(head, `<h1>${whole}</h1>`, short)).toBe(whole);
  });
});

describe('guards: the shorter form still takes the votes', () => {
  it('of a short last part in capitals (a section, the site)', () => {
    const sectioned = `${short} - Harbor Life`;
    const head = `<title>${sectioned} | Harbor Post</title><meta property="og:title" content="${short}">` + ld(`${sectioned}...`) + site;
    expect(headlineOf(head, `<h1>${short}</h1>`, short)).toBe(short);
  });

  it('of a second half no <h1> shows', () => {
    const head = `<title>${whole} | Harbor Post</title><meta property="og:title" content="${short}">` + ld(short) + site;
    expect(headlineOf(head, `<h1>${short}</h1>`, short)).toBe(short);
  });
});
