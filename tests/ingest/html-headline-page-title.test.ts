/**
 * A page title that SEO software wrote into the <title>, og:title and the JSON-LD headline word for
 * word is one field, not three votes (lib/html/headline/html-headline.ts): the page's lone <h1> that rewords the
 * same story is the headline its reader sees. An <h1> that says something else (a pull quote, a
 * box's heading), the same words written otherwise, or a line inside the story's text does not
 * displace the page title.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null, articleStart: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle, null, articleStart).headline;

const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const seoTitle = 'Polar tents compared: nine picks for 2026 | Example Outfitters';
const site = '<meta property="og:site_name" content="Example Outfitters">';

describe('the page title repeated word for word by other fields', () => {
  it('og:title repeating the <title> is one vote: the lone <h1> that rewords the story is the headline', () => {
    const head = `<title>${seoTitle}</title><meta property="og:title" content="${seoTitle}">${site}`;
    expect(headlineOf(head, '<h1>The best polar tents we tested through the 2026 winter</h1>', seoTitle)).toBe(
      'The best polar tents we tested through the 2026 winter',
    );
  });

  it('so is a JSON-LD headline that repeats the <title>, site name and all', () => {
    const head = `<title>${seoTitle}</title><meta property="og:title" content="${seoTitle}">${site}` + ld({ '@type': 'BlogPosting', headline: seoTitle });
    expect(headlineOf(head, '<h1>The best polar tents we tested through the 2026 winter</h1>', seoTitle)).toBe(
      'The best polar tents we tested through the 2026 winter',
    );
  });

  it('og:title and the JSON-LD headline that agree on their own wording, apart from the <title>, keep their two votes', () => {
    const shared = 'Polar tents compared: nine picks for 2026';
    const head = `<title>Nine polar tents for 2026 | Example Outfitters</title><meta property="og:title" content="${shared}">${site}` + ld({ '@type': 'NewsArticle', headline: shared });
    expect(headlineOf(head, '<h1>The best polar tents we tested through the 2026 winter</h1>', shared)).toBe(shared);
  });

  it('a long <h1> that spells out a short page title shares its subject', () => {
    const title = 'Ergonomic field tents | Example Outfitters';
    const head = `<title>${title}</title><meta property="og:title" content="${title}">${site}`;
    const shown = 'How to pitch ergonomic tents on the ice shelf: a complete guide';
    expect(headlineOf(head, `<h1>${shown}</h1>`, title)).toBe(shown);
  });

  it('an <h1> that shares a word or two with the page title (a pull quote) does not displace it', () => {
    const title = 'What do polar crews love about their tents? | Example Outfitters';
    const head = `<title>${title}</title><meta property="og:title" content="${title}">${site}`;
    expect(headlineOf(head, '<h1>But what they love most is the quiet of the ice at night</h1>', title)).toBe('What do polar crews love about their tents?');
  });

  it('an <h1> with the same words written otherwise leaves the tie-break as it was', () => {
    const title = "Survey ship can't reach the ice shelf.";
    const head = `<title>${title}</title><meta property="og:title" content="${title}">` + ld({ '@type': 'Article', headline: 'Survey ship can’t reach the ice shelf' });
    expect(headlineOf(head, '<h1>Survey ship can’t reach the ice shelf</h1>', title)).toBe(title);
  });

  it('an <h1> the extractor reads as the first line of the story keeps the page title', () => {
    const title = 'Field crews charged over falsified station logs';
    const shown = 'Two field crew members charged with falsifying station logs after the winter storm';
    const head = `<title>${title}</title><meta property="og:title" content="${title}">${site}`;
    expect(headlineOf(head, `<h1>${shown}</h1>`, title, shown)).toBe(title);
    expect(headlineOf(head, `<h1>${shown}</h1>`, title, 'The storm reached the station on Monday.')).toBe(shown);
  });
});
