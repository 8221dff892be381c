/**
 * A headline of one word with the site's name set off beside it ("Glossary | Example Field Notes",
 * "Example Field Notes – Glossary"): the name is cut as it is after a longer headline
 * (lib/html/headline/html-headline.ts, withoutSiteName). A name the page gives its site is no part of the
 * headline, however short what remains.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const site = '<meta property="og:site_name" content="Example Field Notes">';

describe("a one-word headline beside the site's name", () => {
  it('loses the name after it', () => {
    const title = 'Glossary | Example Field Notes';
    expect(headlineOf(`${site}<title>${title}</title><meta property="og:title" content="${title}">`, '', title)).toBe('Glossary');
    const dashed = 'Crampons – Example Field Notes';
    expect(headlineOf(`${site}<title>${dashed}</title>`, '', dashed)).toBe('Crampons');
  });

  it('and the name before it', () => {
    const title = 'Example Field Notes :: Glossary';
    expect(headlineOf(`${site}<meta property="og:title" content="${title}"><title>${title}</title>`, '', title)).toBe('Glossary');
  });

  it('a part that is not the site\'s name stays', () => {
    const title = 'Glossary | Polar Terms';
    expect(headlineOf(`${site}<meta property="og:title" content="${title}">`, '', title)).toBe(title);
  });
});
