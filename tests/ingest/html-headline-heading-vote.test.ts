/**
 * A heading (<h2>…<h6>) shown before the page's <h1> that says what one of its fields says is a vote
 * for that field's text (lib/html/headline/html-headline.ts): the page shows it to its reader. Alone it is no
 * candidate: most such headings are a menu's, a box's or the site's.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, null).headline;

const HEAD =
  '<meta property="og:site_name" content="Example Wire">' +
  '<title>Ice shelf study maps meltwater channels - Example Wire</title>' +
  '<meta property="og:title" content="Ice shelf study maps meltwater channels - Example Wire">' +
  '<meta name="twitter:title" content="Satellites show how meltwater carves the ice shelf">';

describe('a heading shown before the <h1>', () => {
  it('votes for the field that says what it says', () => {
    const body = '<article><h2 class="title">Satellites show how meltwater carves the ice shelf</h2><div class="note"><h1>A message from our editor:</h1></div>';
    expect(headlineOf(HEAD, body)).toBe('Satellites show how meltwater carves the ice shelf');
  });

  it('is no candidate alone', () => {
    const body = '<article><h2>Related stories from the polar desk</h2><h1>Ice shelf study maps meltwater channels</h1>';
    expect(headlineOf(HEAD, body)).toBe('Ice shelf study maps meltwater channels');
  });
});
