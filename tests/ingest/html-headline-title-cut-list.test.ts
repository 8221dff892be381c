/**
 * A <title> that stops inside a headline written as a list (lib/html/headline/title-cut-short.ts): the
 * <h1> and a share field write the whole list, the <title> its first items. The whole list is the
 * headline. Guards: a subtitle after a headline that is no list is cut as before (the <title>'s form
 * wins), and so is the list's tail when a share field writes the shorter form too.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { titleCutsShownList } from '../../scripts/ingest/lib/html/headline/title-cut-short.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const LIST = 'Letters: Ferry fares | Harbor tolls | School buses | Bridge repairs | Park hours';
const FIRST_ITEMS = 'Letters: Ferry fares | Harbor tolls | School buses';

describe('a <title> cut inside a list the page shows whole', () => {
  it('the whole list the <h1> and og:title write is the headline', () => {
    const head = `<title>${FIRST_ITEMS}</title><meta property="og:title" content="${LIST}">`;
    expect(headlineOf(head, `<h1>${LIST}</h1>`, FIRST_ITEMS)).toBe(LIST);
  });

  it('the JSON-LD headline is such a share field too', () => {
    const head = `<title>${FIRST_ITEMS}</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"${LIST}"}</script>`;
    expect(headlineOf(head, `<h1>${LIST}</h1>`, FIRST_ITEMS)).toBe(LIST);
  });

  it('reads the fields that state each form', () => {
    expect(titleCutsShownList('letters: a | b | c', ' | d | e', new Set(['<title>', 'extractor']), new Set(['h1', 'og:title']))).toBe(true);
  });
});

describe('guards', () => {
  it('a subtitle after a headline that is no list: the <title>\'s form, as before', () => {
    const full = 'Planning for the Future You - Tips for Savers and Spenders';
    const head = `<title>Planning for the Future You | Harbor Money</title><meta property="og:title" content="${full}"><meta property="og:site_name" content="Harbor Money">`;
    expect(headlineOf(head, `<h1>${full}</h1>`, 'Planning for the Future You')).toBe('Planning for the Future You');
    expect(titleCutsShownList('planning for the future you', ' - tips for savers and spenders', new Set(['<title>']), new Set(['h1', 'og:title']))).toBe(false);
  });

  it('a share field that writes the shorter form takes the votes', () => {
    expect(titleCutsShownList('letters: a | b | c', ' | d | e', new Set(['<title>', 'twitter:title']), new Set(['h1', 'og:title']))).toBe(false);
  });

  it('a longer form the <h1> alone shows, or a share field alone writes, is no such list', () => {
    expect(titleCutsShownList('letters: a | b | c', ' | d | e', new Set(['<title>']), new Set(['h1']))).toBe(false);
    expect(titleCutsShownList('letters: a | b | c', ' | d | e', new Set(['<title>']), new Set(['og:title']))).toBe(false);
  });

  it('a list of two items is no list the <title> cut ("Headline | Section | Site")', () => {
    expect(titleCutsShownList('ferry fares rise | harbor', ' | harbor post', new Set(['<title>']), new Set(['h1', 'og:title']))).toBe(false);
  });
});
