/**
 * The page's whole headline with a short last part (lib/html/headline/html-headline.ts keptWhole): a share
 * title's or the <title>'s short last part after a dash or a dot is cut on a guess that it is a section's
 * or the site's name ("Headline – Field Gear"). When the <h1> shows the text part and all, a share field
 * writes it as it is and the <title> sets the site's part after it ("… – Until Now | Site"), the part is
 * the headline's own ("… – Until Now", "… — Columnist Name", "… · The Garden"). Still cut: a part set off
 * by a bar ("… | Editorial", a section's mark), and a part where the share fields copy the <title> site
 * part and all, or where the <title> ends at the part (no site's part after the whole headline).
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const site = '<meta property="og:site_name" content="Harbor Post">';
const shareFields = (text: string) =>
  `<meta property="og:title" content="${text}"><meta name="twitter:title" content="${text}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${text}"}</script>${site}`;

describe('a short last part after a dash that the <h1> shows too', () => {
  it('stays in the share fields and the <title> (its site name cut)', () => {
    const full = 'Ferry fares were frozen for years – Until Now';
    expect(headlineOf(`<title>${full} | Harbor Post</title>${shareFields(full)}`, `<h1>${full}</h1>`, full)).toBe(full);
  });

  it("stays after the <title>'s guessed site part too (no name the page gives)", () => {
    const full = 'Readers fear the harbour will close – Until Spring';
    const head = `<title>${full} – Harbor Daily News</title><meta property="og:title" content="${full}">`;
    expect(headlineOf(head, `<h1>${full}</h1>`, full)).toBe(full);
  });

  it("so does a columnist's name after an em dash, and a part after a middle dot", () => {
    const columned = 'What the storm taught the port — Jane Example';
    expect(headlineOf(`<title>${columned} - Harbor Post</title>${shareFields(columned)}`, `<h1>${columned}</h1>`, columned)).toBe(columned);
    const dotted = 'Derek Example · The Garden';
    expect(headlineOf(`<title>${dotted} | Harbor Post</title><meta property="og:title" content="${dotted}">`, `<h1>${dotted}</h1>`, dotted)).toBe(dotted);
  });
});

describe('guards: the part is still cut', () => {
  it('when the <h1> does not show it', () => {
    const full = 'Ferry fares were frozen for years – Field Gear';
    expect(headlineOf(`<title>${full}</title>${shareFields(full)}`, '<h1>Ferry fares were frozen for years</h1>', full)).toBe('Ferry fares were frozen for years');
  });

  it('when a bar sets it off, though the <h1> shows it', () => {
    const full = 'Let the ferries run all winter | Editorial';
    expect(headlineOf(`<title>${full} – Harbor Post</title>${shareFields(full)}`, `<h1>${full}</h1>`, full)).toBe('Let the ferries run all winter');
  });

  it('when the share fields copy the <title>, site part and all (an SEO title)', () => {
    const full = 'Gym basics for beginners — Strength Training';
    expect(headlineOf(`<title>${full} - Harbor Post</title>${shareFields(`${full} - Harbor Post`)}`, `<h1>${full}</h1>`, full)).toBe('Gym basics for beginners');
  });

  it('when the <title> ends at the part, with no site part after the whole headline', () => {
    const full = 'Ferry fares were frozen for years – Until Now';
    expect(headlineOf(`<title>${full}</title>${shareFields(full)}`, `<h1>${full}</h1>`, full)).toBe('Ferry fares were frozen for years');
  });

  it("when the part is the site's name the page gives", () => {
    const full = 'Ferry fares were frozen for years – Harbor Post';
    expect(headlineOf(`<title>${full}</title>${shareFields(full)}`, `<h1>${full}</h1>`, full)).toBe('Ferry fares were frozen for years');
  });
});
