/**
 * Fields that agree on a headline but write a word of it otherwise ("&" or "and") give it as most of
 * them write it (lib/html/html-headline.ts): the first field's form stood before, however many fields
 * wrote the other.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

describe('one headline written two ways', () => {
  it('is given as most fields write it', () => {
    const head =
      '<title>Harbor cranes & crews return to work</title>' +
      '<meta property="og:title" content="Harbor cranes & crews return to work">' +
      '<meta name="twitter:title" content="Harbor cranes & crews return to work">';
    expect(headlineOf(head, '<h1>Harbor cranes and crews return to work</h1>')).toBe('Harbor cranes & crews return to work');
  });

  it('on a tie, the first field\'s form stands', () => {
    const head = '<meta property="og:title" content="Harbor cranes & crews return to work">';
    expect(headlineOf(head, '<h1>Harbor cranes and crews return to work</h1>')).toBe('Harbor cranes and crews return to work');
  });

  it('never the form in capitals', () => {
    const head = '<title>HARBOR CRANES & CREWS RETURN</title><meta property="og:title" content="HARBOR CRANES & CREWS RETURN">';
    expect(headlineOf(head, '<h1>Harbor cranes and crews return</h1>')).toBe('Harbor cranes and crews return');
  });
});
