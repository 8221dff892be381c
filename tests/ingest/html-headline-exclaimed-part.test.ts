/**
 * A share title's or the <title>'s short last part after the headline is cut as a section's or a tag's
 * name ("Headline | Reviews", lib/html/headline/html-headline.ts withoutShorterEnd). A part that ends as a
 * sentence does ("… – Our Picks!", "… - Worth It?") is the headline's own: a section or a tag is never
 * exclaimed or asked. A site's name that ends so ("Yahoo!") is still cut as the site's.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const site = '<meta property="og:site_name" content="Field Gear">';

describe('a short last part that ends as a sentence does', () => {
  it('stays with the headline the <h1> shows', () => {
    const head = `${site}<title>Best Polar Tents - Our Picks! - Field Gear</title><meta property="og:title" content="Best Polar Tents - Our Picks! - Field Gear">`;
    expect(headlineOf(head, '<h1>Best Polar Tents – Our Picks!</h1>', 'Best Polar Tents - Our Picks!')).toBe('Best Polar Tents – Our Picks!');
  });

  it('stays in a share title alone', () => {
    expect(headlineOf(`${site}<meta property="og:title" content="Nine polar tents tested through the winter | Worth It?">`, '')).toBe(
      'Nine polar tents tested through the winter | Worth It?',
    );
  });

  it('a short part in capitals is still a section the fields add ("| Top 9 Picks")', () => {
    const shown = 'Nine polar tents tested through the winter | Top 9 Picks';
    const head = `<title>${shown} | Example Polar News</title><meta property="og:title" content="${shown}"><meta property="og:site_name" content="Example Polar News">`;
    expect(headlineOf(head, `<h1>${shown}</h1>`)).toBe('Nine polar tents tested through the winter');
  });

  it('a site\'s name ending in "!" after the <title>\'s headline is still cut', () => {
    expect(headlineOf('<title>Nine polar tents tested through the winter - Polar Yay!</title>', '')).toBe('Nine polar tents tested through the winter');
  });
});
