/**
 * The <h1> sets its two parts apart with a colon ("Tide tables: The complete guide"), the share and
 * page titles with a spaced dash ("Tide tables - The complete guide"), the page's SEO software writing
 * the title its own way: the same headline, and the reader sees the <h1>'s form
 * (lib/html/headline/shown-separator.ts).
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { separatorAsShown } from '../../scripts/ingest/lib/html/headline/shown-separator.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const fieldsSaying = (t: string) =>
  `<title>${t} | Example Tides</title><meta property="og:title" content="${t}"><meta property="og:site_name" content="Example Tides">` +
  `<script type="application/ld+json">{"@type":"Article","headline":"${t}"}</script>`;

describe('a colon in the <h1> where the fields write a spaced dash', () => {
  it('shows the <h1>\'s form, the fields\' votes with it', () => {
    expect(headlineOf(fieldsSaying('Tide tables - The complete guide 2026'), '<h1>Tide tables: The complete guide 2026</h1>')).toBe('Tide tables: The complete guide 2026');
    expect(headlineOf(fieldsSaying('Tide tables – The complete guide 2026'), '<h1>Tide tables: The complete guide 2026</h1>')).toBe('Tide tables: The complete guide 2026');
  });

  it('an <h1> with other words, or other marks besides, leaves the fields\' headline', () => {
    expect(headlineOf(fieldsSaying('Tide tables - The complete guide 2026'), '<h1>Tide tables: A complete guide for 2026</h1>')).toBe('Tide tables - The complete guide 2026');
    expect(headlineOf(fieldsSaying('Tide tables - The complete guide 2026'), '<h1>Tide tables: The complete guide, 2026</h1>')).toBe('Tide tables - The complete guide 2026');
  });

  it('a colon set off by spaces ("Tide tables : …", a kicker in an element of its own) is no such form', () => {
    expect(separatorAsShown('Tide tables : The complete guide', 'Tide tables - The complete guide')).toBe(false);
  });

  it('each colon of the <h1> is a spaced dash of the field, which writes no colon of its own', () => {
    expect(separatorAsShown('Tide tables: The guide: 2026', 'Tide tables - The guide - 2026')).toBe(true);
    expect(separatorAsShown('Tide tables: The guide - 2026', 'Tide tables - The guide: 2026')).toBe(false);
    expect(separatorAsShown('Tide tables - The guide', 'Tide tables - The guide')).toBe(false);
  });
});
