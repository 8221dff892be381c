/**
 * A share or page title that stops at a colon ("Harnessing CO2 for sustainable plastics:"): a kicker
 * whose headline a length limit or a template left out. It ranks below every whole form, as a title
 * cut at "…" does, so the page's <h1> stands over it (lib/html/headline/html-headline.ts, ENDS_AT_COLON).
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const cut = 'Turning polar ice cores into climate records:';
const shown = 'Turning polar ice cores into climate records: a decade of drilling at Dome C';

describe('a title field that stops at a colon', () => {
  it('yields to the <h1> though more fields write it', () => {
    const head = `<title>${cut}</title><meta property="og:title" content="${cut}"><meta name="twitter:title" content="${cut}">`;
    expect(headlineOf(head, `<h1>${shown}</h1>`, cut)).toBe(shown);
  });

  it('also in a full-width colon', () => {
    const head = '<title>极地冰芯研究：</title><meta property="og:title" content="极地冰芯研究：">';
    expect(headlineOf(head, '<h1>极地冰芯研究：十年钻探揭示气候变化</h1>', '极地冰芯研究：')).toBe('极地冰芯研究：十年钻探揭示气候变化');
  });

  it('a whole title with a colon inside it stands over a lone <h1>, as before (the guard)', () => {
    const whole = 'Ice cores: a decade of drilling at Dome C';
    const head = `<title>${whole}</title><meta property="og:title" content="${whole}"><meta name="twitter:title" content="${whole}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${whole}"}</script>`;
    expect(headlineOf(head, '<h1>Field notes</h1>', whole)).toBe(whole);
  });

  it('an <h1> that ends at a colon is what the page shows: it stays', () => {
    const head = '<title>Ask the driller: | Polar Notes</title>';
    expect(headlineOf(head, '<h1>Ask the driller:</h1>', 'Ask the driller:')).toBe('Ask the driller:');
  });
});
