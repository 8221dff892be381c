/**
 * Two fields that write the same headline with different dashes ("… ― and the bay closes" in the <h1>,
 * "… – and the bay closes" in og:title) say the same: they vote together, as the scorer of the
 * public benchmarks reads them (lib/html/metadata/page-field-text.ts norm: hyphen, non-breaking hyphen, figure
 * dash, en and em dash, horizontal bar alike).
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { norm } from '../../scripts/ingest/lib/html/metadata/page-field-text.ts';

const headlineOf = (head: string, body = '') =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, null).headline;

const other = 'Harbour closed for the weekend';

describe('the same headline written with other dashes', () => {
  for (const [shown, shared] of [
    ['―', '–'],
    ['‒', '—'],
    ['‑', '-'],
  ]) {
    it(`"${shown}" in the <h1> and "${shared}" in og:title are one vote`, () => {
      const head =
        `<meta property="og:title" content="Ferries stay in port ${shared} and the bay closes"><meta name="twitter:title" content="${other}">` +
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${other}"}</script>`;
      expect(headlineOf(head, `<h1>Ferries stay in port ${shown} and the bay closes</h1>`)).toBe(`Ferries stay in port ${shown} and the bay closes`);
    });
  }

  it('norm writes them all as a hyphen', () => {
    expect(norm('a ‐ b ‑ c ‒ d – e — f ― g')).toBe('a - b - c - d - e - f - g');
  });
});
