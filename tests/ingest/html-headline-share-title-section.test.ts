/**
 * A share title (og:title, twitter:title, the JSON-LD headline) in the page-title form, a short last
 * part after the headline that no field names as the site ("Headline | Gear Desk", "Headline - Field
 * Reviews"), is the headline without it, as the <title> is (lib/html/headline/html-headline.ts): the part is
 * the site's or a section's name. A longer last part stays: it is as often the headline's own.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body = '') =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, null).headline;

const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('a share title with a short last part no field names', () => {
  it('is the headline without it', () => {
    expect(headlineOf('<meta property="og:title" content="Nine polar tents tested through the winter | Gear Desk">')).toBe('Nine polar tents tested through the winter');
    expect(headlineOf('<meta name="twitter:title" content="Harbor crane crews strike for a second week - Port News">')).toBe('Harbor crane crews strike for a second week');
    expect(headlineOf(ld({ '@type': 'NewsArticle', headline: 'Harbor crane crews strike for a second week – Harbor Desk' }))).toBe('Harbor crane crews strike for a second week');
  });

  it('a longer last part, or one as long as the headline, stays', () => {
    const long = 'Polar stations go quiet | and why the ice shelf matters to all of us';
    expect(headlineOf(`<meta property="og:title" content="${long}">`)).toBe(long);
    const short = 'Ice melts | Field Reviews Desk';
    expect(headlineOf(`<meta property="og:title" content="${short}">`)).toBe(short);
  });

  it('a colon is no separator: "Survey: what the ice shows" stays whole', () => {
    expect(headlineOf('<meta property="og:title" content="Polar survey: what the ice shows">')).toBe('Polar survey: what the ice shows');
  });
});
