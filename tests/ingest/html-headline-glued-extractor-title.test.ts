/**
 * The extractor's title read from an <h1> whose lines it runs together: Readability takes a lone
 * <h1>'s text when the <title> is very short or very long, and reads it without the <br> or the
 * block's edge between its lines ("Polar tentstested in winter"). That title is the <h1>'s, as the page
 * shows it (lib/html/headline/html-headline.ts), and counts with it.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

describe("the extractor's title with an <h1>'s lines run together", () => {
  it('counts as that <h1> as shown', () => {
    const head = '<title>Polar Desk</title><meta property="og:title" content="Example Polar Desk: all our gear reviews">';
    expect(headlineOf(head, '<h1>Polar tents<br>tested</h1>', 'Polar tentstested')).toBe('Polar tents tested');
  });

  it('an extractor title of other words is left as it is', () => {
    const head = '<title>Polar Desk</title><meta property="og:title" content="Example Polar Desk: all our gear reviews">';
    expect(headlineOf(head, '<h1>Polar tents<br>tested</h1>', 'Polar tents, tested')).toBe('Example Polar Desk: all our gear reviews');
  });
});
