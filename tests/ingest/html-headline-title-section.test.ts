/**
 * A <title> that sets a section or a tag between the headline and the site's name ("Headline |
 * Reviews | Site") gives the headline without either (lib/html/headline/html-headline.ts): once the name the
 * page gives is cut, a last part of three words or fewer is the section. So it is once a last part
 * was cut on a guess as the site's name (no field names the site). A longer last part stays: it is as
 * often the headline's own.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const site = '<meta property="og:site_name" content="Example Polar News">';

describe('a section between the headline and the site name in the <title>', () => {
  it('is cut with the name', () => {
    const title = 'Nine polar tents tested through the winter | Field Reviews | Example Polar News';
    expect(headlineOf(`<title>${title}</title>${site}`, '', title)).toBe('Nine polar tents tested through the winter');
  });

  it('and takes the votes of the fields that show it with the headline', () => {
    const title = 'Nine polar tents tested through the winter | Top 9 Picks | Example Polar News';
    const shown = 'Nine polar tents tested through the winter | Top 9 Picks';
    const head = `<title>${title}</title><meta property="og:title" content="${shown}">${site}`;
    expect(headlineOf(head, `<h1>${shown}</h1>`, title)).toBe('Nine polar tents tested through the winter');
  });

  it('a longer last part stays', () => {
    const long = 'Polar stations go quiet — and why the ice shelf matters to all of us | Example Polar News';
    expect(headlineOf(`<title>${long}</title>${site}`, '', long)).toBe('Polar stations go quiet — and why the ice shelf matters to all of us');
    const unnamed = 'Nine polar tents tested through the winter | Field reviews of every tent we took south | Gear Desk';
    expect(headlineOf(`<title>${unnamed}</title>`, '', unnamed)).toBe('Nine polar tents tested through the winter | Field reviews of every tent we took south');
  });

  it('is cut as well where the site part was cut on a guess, no field naming the site', () => {
    const unnamed = 'Nine polar tents tested through the winter | Field Reviews | Gear Desk';
    expect(headlineOf(`<title>${unnamed}</title>`, '', unnamed)).toBe('Nine polar tents tested through the winter');
    const dated = 'Harbor crane crews strike for a second week - 14/03/2026 - Harbor';
    expect(headlineOf(`<title>${dated}</title>`, '', dated)).toBe('Harbor crane crews strike for a second week');
  });
});
