/**
 * A section's or a blog's name the page shows as an <h1> of its own, which the <title> names as a later
 * part after the headline ("Headline -- Section -- Blog -- Site"): a banner, no candidate, and the
 * <title>'s parts from it on are no part of the headline (lib/html/headline/section-shown-as-h1.ts).
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

describe("a section's name shown as an <h1> and named in the <title>", () => {
  it('ends the <title> before it, past a last part longer than a section', () => {
    const title = 'Ice cores dated at last by the team -- Field Diary -- Polar Notes News Blog -- Polar Notes Magazine';
    const body = '<h1>Polar Notes Magazine</h1><h1>Field Diary</h1><h2>Ice cores dated at last by the team</h2>';
    expect(headlineOf(`<title>${title}</title>`, body, title)).toBe('Ice cores dated at last by the team');
  });

  it('is no candidate against the <title> alone', () => {
    const title = 'Nine polar tents tested in the field - Gear Desk';
    expect(headlineOf(`<title>${title}</title>`, '<h1>Gear Desk</h1>', title)).toBe('Nine polar tents tested in the field');
  });

  it('a headline the <title> puts after a kicker stays the headline', () => {
    const title = 'Analysis - Ferries stay in port';
    expect(headlineOf(`<title>${title}</title>`, '<h1>Ferries stay in port</h1>', title)).toBe('Ferries stay in port');
  });

  it('a short headline after a shorter kicker is no section: the <title> is not cut to the kicker', () => {
    const title = 'Storm - Ferries Stay Put - Polar Notes Magazine Online';
    const headline = headlineOf(`<title>${title}</title>`, '<h1>Ferries Stay Put</h1>', title);
    expect(headline).toContain('Ferries Stay Put');
  });

  it('an <h1> a share field states is the headline the page shows', () => {
    const title = 'Storm warning for the whole coast tonight - Ferries Stay Put - Polar Notes';
    const head = `<title>${title}</title><meta property="og:title" content="Ferries Stay Put">`;
    expect(headlineOf(head, '<h1>Ferries Stay Put</h1>', title)).toBe('Ferries Stay Put');
  });
});
