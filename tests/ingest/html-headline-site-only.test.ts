/**
 * A headline field that says only the site's name (og:title and the <title> "Polar Notes" on the site
 * of that name, "Polarnotes" on polarnotes.example) names no story: another field that reads as a
 * headline is the page's (lib/html/headline/html-headline.ts). A page whose fields all name the site, or
 * whose other field is a word or two, keeps the name.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const site = '<meta property="og:site_name" content="Polar Notes">';
const story = 'Nine polar tents tested in the field';

describe("a field that says only the site's name", () => {
  it('yields to the <h1> that reads as a headline', () => {
    expect(headlineOf(`${site}<meta property="og:title" content="Polar Notes"><title>Polar Notes</title>`, `<h1>${story}</h1>`, 'Polar Notes')).toBe(story);
    expect(headlineOf('<link rel="canonical" href="https://polarnotes.example/a"><title>Polarnotes</title>', `<h1>${story}</h1>`, 'Polarnotes')).toBe(story);
  });

  it('yields to the JSON-LD headline', () => {
    const ld = `<script type="application/ld+json">{"@type":"Article","headline":"${story}"}</script>`;
    expect(headlineOf(`${site}<meta property="og:title" content="Polar Notes"><title>Polar Notes</title>${ld}`, '', 'Polar Notes')).toBe(story);
  });

  it('stands when no other field reads as a headline', () => {
    expect(headlineOf(`${site}<meta property="og:title" content="Polar Notes"><title>Polar Notes</title>`, '', 'Polar Notes')).toBe('Polar Notes');
    expect(headlineOf(`${site}<meta property="og:title" content="Polar Notes"><title>Polar Notes</title>`, '<h1>Welcome</h1>', 'Polar Notes')).toBe('Polar Notes');
  });
});
