/**
 * A site's address under a country's second-level domain ("www.polarnotes.co.uk", "polarnotes.com.br",
 * "news.polarnotes.co.jp") names the site by the label before "co.uk", not by "co"
 * (lib/html/metadata/page-field-text.ts, namesTheSite): the name the address gives is cut from the headline
 * before it as after it.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { namesTheSite } from '../../scripts/ingest/lib/html/metadata/page-field-text.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const at = (host: string) => `<link rel="canonical" href="https://${host}/notes/kit">`;

describe("the site's name an address under a country's domain gives", () => {
  it('is the label before the second-level domain', () => {
    expect(namesTheSite('Polarnotes', ['www.polarnotes.co.uk'])).toBe(true);
    expect(namesTheSite('Polar Notes', ['polarnotes.com.br'])).toBe(true);
    expect(namesTheSite('Polarnotes', ['news.polarnotes.co.jp'])).toBe(true);
    expect(namesTheSite('Co', ['www.polarnotes.co.uk'])).toBe(false);
    expect(namesTheSite('Polarnotes', ['www.polarnotes.com'])).toBe(true);
  });

  it('is cut before the headline', () => {
    const og = 'Polarnotes | Nine polar tents tested in the field';
    expect(headlineOf(`<meta property="og:title" content="${og}">${at('www.polarnotes.co.uk')}`, '', og)).toBe('Nine polar tents tested in the field');
  });

  it('a first part that is not the name stays', () => {
    const og = 'Reviews | Nine polar tents tested in the field';
    expect(headlineOf(`<meta property="og:title" content="${og}">${at('www.polarnotes.co.uk')}`, '', og)).toBe(og);
  });
});
