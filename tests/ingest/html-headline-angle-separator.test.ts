/**
 * "›", as "»" and "|", sets the site's name apart from the headline in a <title> or og:title
 * ("Headline › Site", "Site › Headline"): it is cut as they are (lib/html/headline/html-headline.ts).
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const named = '<meta property="og:site_name" content="Harbor Gazette">';
const headline = 'Tide gauges record a new high in the bay';

describe('"›" between the headline and the site name', () => {
  it('sets the site name apart after the headline, in the <title> and og:title', () => {
    expect(headlineOf(`<title>${headline} › Harbor Gazette</title>${named}`, '', `${headline} › Harbor Gazette`)).toBe(headline);
    expect(headlineOf(`<meta property="og:title" content="${headline} › Harbor Gazette">${named}`)).toBe(headline);
  });

  it('and before it', () => {
    expect(headlineOf(`<title>Harbor Gazette › ${headline}</title>${named}`, '', `Harbor Gazette › ${headline}`)).toBe(headline);
  });

  it('a short section between them goes with the name', () => {
    expect(headlineOf(`<title>${headline} › Coast › Harbor Gazette</title>${named}`, '', `${headline} › Coast › Harbor Gazette`)).toBe(headline);
  });
});
