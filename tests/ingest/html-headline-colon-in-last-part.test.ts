/**
 * The <title>'s last part is cut on a guess as the site's name when it is shorter than what precedes
 * it (lib/html/headline/html-headline.ts withoutShorterEnd). A part with a colon inside it ("… — And It’s Ice:
 * Cores + Radar") is the headline's own second half, a kicker and its line: a site's or a section's
 * name has none.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

describe('a last part with a colon inside it', () => {
  it('stays in the <title>, and with it the headline every field states', () => {
    const full = 'The Next Shift in Polar Research Is Quiet — And It’s Ice: Cores + Radar';
    const head = `<title>${full}</title><meta property="og:title" content="${full}"><meta name="twitter:title" content="${full}">`;
    expect(headlineOf(head, `<h1>${full}</h1>`, full)).toBe(full);
    expect(headlineOf(`<title>${full}</title>`, '', full)).toBe(full);
  });

  it('a last part without one is still cut as the site\'s name', () => {
    expect(headlineOf('<title>Nine polar tents tested through the winter — Polar Gear Desk</title>', '')).toBe('Nine polar tents tested through the winter');
  });
});
