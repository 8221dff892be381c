/**
 * A page whose UTF-8 text was read as Latin-1 once before it was saved ("Investorâ\u0080\u0099s"): its
 * headline fields carry the bytes of each character as C1 control characters, which no text has.
 * The headline is read as the page meant it (lib/safety/mojibake.ts repairMojibakeRuns).
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { repairMojibakeRuns as repairMojibake } from '../../scripts/ingest/lib/safety/mojibake.ts';

/** A text as a page that read its UTF-8 bytes as Latin-1 shows it. */
const asLatin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));

const headlineOf = (head: string, body: string) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, null).headline;

describe('a headline whose UTF-8 was read as Latin-1', () => {
  it('is read as the page meant it', () => {
    const shown = asLatin1('A field crew’s guide — polar tents of 2026');
    expect(headlineOf(`<title>${shown} | Example Outfitters</title>`, `<h1>${shown}</h1>`)).toBe('A field crew’s guide — polar tents of 2026');
  });

  it('Latin-1 letters that are no such bytes stay as written', () => {
    expect(repairMojibake('Ãœber-Zelt für Â£20 Ã© ')).toBe('Ãœber-Zelt für Â£20 Ã© ');
    expect(repairMojibake('Café in Zürich')).toBe('Café in Zürich');
  });

  it('a run that is no whole UTF-8 character stays as written', () => {
    expect(repairMojibake('crew\u00e2\u0080s')).toBe('crew\u00e2\u0080s');
  });
});
