/**
 * A headline whose second half follows a dash (lib/html/headline/html-headline.ts withoutShorterEnd): a share
 * title's or the <title>'s last part is cut on a guess when it may be the site's name, a section or a
 * tag. A part written as a sentence is ("… - and what the ice shows", "… - Minister steps down") is the
 * headline's own and stays.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const site = '<meta property="og:site_name" content="Harbor Post">';
const fieldsSaying = (text: string) =>
  `<title>${text}</title><meta property="og:title" content="${text}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${text}"}</script>${site}`;

describe('the second half of a headline after a dash', () => {
  it('a part opening on a small letter is the headline\'s own, in every field', () => {
    const full = 'Ice shelf retreat in 2025: where it is - and what the cores show';
    expect(headlineOf(fieldsSaying(full), '<h1>Saved</h1>', full)).toBe(full);
    expect(headlineOf(fieldsSaying(full), `<h1>${full}</h1>`, full)).toBe(full);
  });

  it('so is a part with a longer word in small letters ("Minister steps down")', () => {
    const full = 'Port budget under fire - Minister steps down';
    expect(headlineOf(fieldsSaying(full), `<h1>${full}</h1>`, full)).toBe(full);
  });

  it('so is a quoted word after the dash', () => {
    const full = 'Ferries stay in port – “critical”';
    expect(headlineOf(fieldsSaying(full), '<h1>Harbour minister warns of the storm</h1>', full)).toBe(full);
  });

  it('a short part in capitals after the <title>\'s headline is still cut as a section or a site', () => {
    const head = `<title>Nine polar tents we tested through the winter - Field Gear</title>${site}`;
    expect(headlineOf(head, '<h2>Menu</h2>')).toBe('Nine polar tents we tested through the winter');
  });

  it('a lone word in small letters or an address is still cut as the site\'s name', () => {
    const head = '<title>Nine polar tents we tested through the winter | harborpost.example</title>';
    expect(headlineOf(head, '<h2>Menu</h2>')).toBe('Nine polar tents we tested through the winter');
  });
});

describe('a quoted lead-in that the share fields write too', () => {
  it('is part of the headline, against a <title> without it', () => {
    const full = "'Ends the debate': economists weigh in on the harbour jobs report";
    const head = `<title>Economists weigh in on the harbour jobs report | Harbor Post</title><meta property="og:title" content="${full.replace(/'/g, '&#39;')}">${site}`;
    expect(headlineOf(head, `<h1>${full}</h1>`, full)).toBe(full);
  });
});
