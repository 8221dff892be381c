/**
 * A site's name the page gives only through its address's initials ("Polar Survey Field Office" on
 * psfo.example) is cut from the <title> and og:title as a named site is (lib/html/headline/html-headline.ts), so
 * a short headline before a long site name is not kept whole.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const at = (host: string) => `<link rel="canonical" href="https://${host}/notes/kit">`;

describe("a site's name whose initials are its address", () => {
  it('is cut from the <title>, though it is longer than the headline', () => {
    const title = 'Field kit checklist | Polar Survey Field Office';
    expect(headlineOf(`<title>${title}</title>${at('psfo.example')}`, '', title)).toBe('Field kit checklist');
    expect(headlineOf(`<title>${title}</title>${at('www.psfo.example.org')}`, '', title)).toBe('Field kit checklist');
  });

  it('and from og:title: the <h1> that rewords the story is then weighed against the headline alone', () => {
    const title = 'Easy field kit checklist | Polar Survey Field Office';
    const head = `<title>${title}</title><meta property="og:title" content="${title}">${at('psfo.example')}`;
    expect(headlineOf(head, '<h1>A kit checklist that is easy to follow every winter</h1>', title)).toBe('A kit checklist that is easy to follow every winter');
  });

  it('a last part whose initials are not the address, or a name of two words, stays', () => {
    const title = 'Field kit checklist | Polar Survey Field Office';
    expect(headlineOf(`<title>${title}</title>${at('polarsurvey.example')}`, '', title)).toBe(title);
    expect(headlineOf(`<title>${title}</title>${at('www.example')}`, '', title)).toBe(title);
    const two = 'Kit list | Polar Survey';
    expect(headlineOf(`<title>${two}</title>${at('ps.example')}`, '', two)).toBe(two);
  });
});
