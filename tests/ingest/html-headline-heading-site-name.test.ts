/**
 * A heading the page shows before its <h1> that is the first or last part of its <title>, set off by a
 * separator, and shorter than the rest, is the site's name as the masthead shows it: it is cut from
 * the <title> as a logo <h1> is (lib/html/headline/html-headline.ts). A heading that is the longer part (the
 * headline shown in an <h2>) or that a share field states is not.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const story = 'Ice cores from the ridge dated at last';

describe('a heading that names the site in the <title>', () => {
  it('is cut from the <title> before the headline', () => {
    expect(headlineOf(`<title>The Field Desk | ${story}</title>`, '<h2>The Field Desk</h2>')).toBe(story);
  });

  it('is cut from the <title> after the headline, on a guess the rule would not make alone', () => {
    expect(headlineOf(`<title>${story} | Letters from the Polar Field Desk</title>`, '<h2>Letters from the Polar Field Desk</h2>')).toBe(story);
  });

  it('leaves the <title> whole when the heading is the headline itself', () => {
    expect(headlineOf(`<title>${story} | Field Desk</title>`, `<h2>${story}</h2>`)).toBe(story);
  });

  it('leaves a heading a share field states alone: it is the headline, not the site', () => {
    expect(headlineOf(`<meta property="og:title" content="Field Desk"><title>Field Desk | ${story}</title>`, '<h2>Field Desk</h2>')).not.toBe(story);
  });
});
