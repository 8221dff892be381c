/**
 * A twitter:title that says what og:title says once the site's name is cut from it ("Headline" beside
 * "Headline | Site") is the same share title filled in twice by the page's software, as one that
 * repeats og:title word for word is: one vote between them (lib/html/headline/html-headline.ts), so it does not
 * outvote the headline the page shows in its <h1> that the JSON-LD headline states too.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const site = '<meta property="og:site_name" content="Polar Notes">';
const shown = 'Nine polar tents tested in the field';
const share = 'Nine polar tents tested on the ice';
const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${shown}"}</script>`;

describe('a twitter:title that repeats og:title without the site name', () => {
  it('is no second vote for the share title against the <h1> and the JSON-LD headline', () => {
    const head = `${site}${ld}<meta property="og:title" content="${share} | Polar Notes"><meta name="twitter:title" content="${share}"><title>${share} | Polar Notes</title>`;
    expect(headlineOf(head, `<h1>${shown}</h1>`, `${share} | Polar Notes`)).toBe(shown);
  });

  it('a twitter:title that repeats og:title word for word was one vote already', () => {
    const head = `${site}${ld}<meta property="og:title" content="${share} | Polar Notes"><meta name="twitter:title" content="${share} | Polar Notes"><title>${share} | Polar Notes</title>`;
    expect(headlineOf(head, `<h1>${shown}</h1>`, `${share} | Polar Notes`)).toBe(shown);
  });
});
