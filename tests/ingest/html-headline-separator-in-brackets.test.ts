/**
 * A separator inside brackets sets nothing apart: "Song night (Only You - The Singer) | Site" has one cut,
 * after the closing bracket. Cutting inside left a headline with an unclosed bracket
 * (lib/html/headline/html-headline.ts, separatorsInside).
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body = '') =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, null).headline;

describe('a title separator inside brackets', () => {
  it('is not a cut: the bracketed part stays whole', () => {
    expect(headlineOf('<title>Harbour song night (Only You - The Lighthouse Keepers)</title>')).toBe(
      'Harbour song night (Only You - The Lighthouse Keepers)',
    );
  });

  it('the site after the closing bracket is still cut', () => {
    const head = '<meta property="og:site_name" content="Harbour Gazette"><title>Harbour song night (Only You - The Keepers) | Harbour Gazette</title>';
    expect(headlineOf(head)).toBe('Harbour song night (Only You - The Keepers)');
  });

  it('in full-width and corner brackets too', () => {
    expect(headlineOf('<title>港の歌の夜（君だけ - 灯台守）</title>')).toBe('港の歌の夜（君だけ - 灯台守）');
    expect(headlineOf('<title>港の歌の夜「君だけ - 灯台守」</title>')).toBe('港の歌の夜「君だけ - 灯台守」');
  });

  it('an unbalanced closing bracket does not hide a later cut', () => {
    const head = '<meta property="og:site_name" content="Harbour Gazette"><title>Step 2) ferries return | Harbour Gazette</title>';
    expect(headlineOf(head)).toBe('Step 2) ferries return');
  });
});
