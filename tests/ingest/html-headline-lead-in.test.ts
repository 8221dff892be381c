/**
 * What a page prints before its headline inside the <h1> (lib/html/headline/html-headline.ts): a label
 * ("Blog:", "Field notes |") joined to the headline when the <h1>'s text is read. When another field
 * states the headline alone, the <h1> shows that headline.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const site = '<meta property="og:site_name" content="Example Outfitters">';
const story = 'Nine polar tents we tested through the winter';

describe('a lead-in joined to the headline in the <h1>', () => {
  it('a label before the headline ("Blog: …") is not part of it when the page title states the headline alone', () => {
    const head = `<title>${story} | Example Outfitters</title><meta property="og:title" content="${story} | Example Outfitters">${site}`;
    expect(headlineOf(head, `<h1><strong>Blog:</strong> ${story}</h1>`, `${story} | Example Outfitters`)).toBe(story);
  });

  it('so is a label set off by a separator', () => {
    const head = `<title>${story} | Example Outfitters</title><meta property="og:title" content="${story} | Example Outfitters">`;
    expect(headlineOf(head, `<h1><span>Field notes</span> | ${story}</h1>`, `${story} | Example Outfitters`)).toBe(story);
  });

  it('a word joined without a colon or a separator is the headline\'s own ("Most …", "2025 …")', () => {
    const head = `<title>${story} | Example Outfitters</title>${site}`;
    expect(headlineOf(head, `<h1>Most ${story}</h1>`, null)).toBe(`Most ${story}`);
    expect(headlineOf(head, `<h1>2026 ${story}</h1>`, null)).toBe(`2026 ${story}`);
  });

  it('"The" before a headline is its own word, not a lead-in', () => {
    const head = `<title>${story} | Example Outfitters</title>${site}`;
    expect(headlineOf(head, `<h1>The ${story}</h1>`, null)).toBe(`The ${story}`);
  });

  it('a long part before a colon is the headline\'s own ("The 2026 field gear awards: …")', () => {
    const head = `<title>${story} | Example Outfitters</title>${site}`;
    expect(headlineOf(head, `<h1>The 2026 polar field gear awards: ${story}</h1>`, null)).toBe(`The 2026 polar field gear awards: ${story}`);
  });

  it('with no field stating the headline alone, the <h1> stands as shown', () => {
    const head = `<title>Polar tents | Example Outfitters</title>${site}`;
    expect(headlineOf(head, `<h1><strong>Blog:</strong> ${story}</h1>`, null)).toBe(`Blog: ${story}`);
  });

  it('against a lone <title>, the <h1> that holds its whole text after a longer lead is the headline as shown', () => {
    const title = 'A polar field station checklist, kit list & more';
    const shown = 'From the ship to the ice: A polar field station checklist, kit list and more';
    expect(headlineOf(`<title>${title}</title>`, `<h1>${shown}</h1>`, title)).toBe(shown);
  });
});
