/**
 * A saved page's own fields (its <meta> author and site name, its JSON-LD author) with a bidi
 * override left open: on the site the author's name and the outlet stand beside the article's title
 * and date, which an open U+202E would turn around. They are balanced like the page's headline and
 * text (lib/safety/bidi-controls.ts): the unmatched control dropped and reported, a closed pair kept.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const RLO = '\u202E';
const PDF = '\u202C';
const OPEN_CONTROL = /[\u202A-\u202E\u2066-\u2068]/;
const page = (head: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour ferry returns</title>${head}</head>` +
  `<body><article><h1>Harbour ferry returns</h1><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p></article></body></html>`;

describe('bidi controls in a saved page\'s fields', () => {
  it('drops an override left open in the <meta> author and site name, and reports it', () => {
    const { record, report } = article(page(`<meta name="author" content="Anna ${RLO}Berg"><meta property="og:site_name" content="Harbour ${RLO}Courier">`), 'page.html');
    expect(record.author).toBe('Anna Berg');
    expect(record.outlet).toBe('Harbour Courier');
    expect(rules(report).filter((r) => r === 'bidi-control').length).toBeGreaterThanOrEqual(2);
  });

  it('drops one in the JSON-LD author', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour ferry returns', author: { '@type': 'Person', name: `Mara ${RLO}Quill` }, datePublished: '2021-03-04' });
    const { record } = article(page(`<script type="application/ld+json">${ld}</script>`), 'page.html');
    expect(record.author).toBe('Mara Quill');
    expect(JSON.stringify(record)).not.toMatch(OPEN_CONTROL);
  });

  it('keeps a closed pair', () => {
    const { record } = article(page(`<meta name="author" content="Anna ${RLO}Berg${PDF}">`), 'page.html');
    expect(record.author).toBe(`Anna ${RLO}Berg${PDF}`);
  });
});
