/**
 * The fields' headline that the <h1> writes without its quotation marks (lib/html/headline/quotes-as-shown.ts):
 * the page's writing is taken, with the fields' votes. Guards: a form with other punctuation or other
 * words is no such writing (the vote stands), nor is an apostrophe inside a word.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { sameButQuotes } from '../../scripts/ingest/lib/html/headline/quotes-as-shown.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const fieldsSaying = (text: string) =>
  `<title>${text} | Harbor Post</title><meta property="og:title" content="${text}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${text}"}</script><meta property="og:site_name" content="Harbor Post">`;

describe('quotation marks the <h1> leaves out', () => {
  it("the <h1>'s writing is the headline", () => {
    const quoted = '‘Harbor Lights’ star leaves the show after ten seasons';
    const shown = 'Harbor Lights star leaves the show after ten seasons';
    expect(headlineOf(fieldsSaying(quoted), `<h1>${shown}</h1>`, quoted)).toBe(shown);
  });

  it('so is a writing with other quotation marks around a word', () => {
    expect(sameButQuotes("Critics call the 'tone deaf' ferry ad a mistake", '‘Critics’ call the ‘tone deaf’ ferry ad a mistake')).toBe(true);
  });
});

describe('guards', () => {
  it('a form with other punctuation is left to the vote', () => {
    const quoted = '‘Harbor Lights’: star leaves the show after ten seasons';
    const shown = 'Harbor Lights star leaves the show after ten seasons';
    expect(headlineOf(fieldsSaying(quoted), `<h1>${shown}</h1>`, quoted)).toBe(quoted);
  });

  it('an apostrophe inside a word is no quotation mark', () => {
    expect(sameButQuotes('Ferry can’t reach the island', "Ferry can't reach the island")).toBe(false);
    expect(sameButQuotes('Ferry cant reach the island', "Ferry can't reach the island")).toBe(false);
  });
});

describe('a spaced dash the <h1> types otherwise', () => {
  it("the <h1>'s doubled hyphen is the headline's writing", () => {
    const field = 'Four hurt in ferry crash - skipper had two earlier warnings';
    const shown = 'Four hurt in ferry crash -- skipper had two earlier warnings';
    expect(headlineOf(fieldsSaying(field), `<h1>${shown}</h1>`, field)).toBe(shown);
  });

  it('so is an em dash for a hyphen', () => {
    expect(sameButQuotes('Ferry crash — skipper warned twice', 'Ferry crash - skipper warned twice')).toBe(true);
  });

  it('a dash inside a word is no spaced dash: other words stay a vote', () => {
    expect(sameButQuotes('Head-on ferry crash', 'Head on ferry crash')).toBe(false);
    expect(sameButQuotes('Ferry crash -- skipper warned', 'Ferry crash skipper warned')).toBe(false);
  });
});
