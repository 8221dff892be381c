/**
 * HTML seeds: text the page hides from sight and writes for screen readers only ("sr-only",
 * "visually-hidden", "visuallyhidden", "screen-reader-text", "assistive-text") leaves the body, reported;
 * boxes with one of the words alone ("hidden-gem", "only-on-web", "text-block") stay.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { furnitureLabel } from '../../scripts/ingest/lib/html/furniture/html-furniture.ts';

const P = [
  'The Kestrel Valley council voted on Monday to turn the old rail yard into a park, ending a dispute over the land that had lasted nearly a decade.',
  'Under the plan, the tracks will be lifted next summer and the sheds kept as a market hall, with the first trees planted along the river in autumn.',
  'Residents who had asked for housing on the site said they would accept the decision, as long as the council keeps its promise of homes elsewhere.',
  'The park will be paid for from the sale of two smaller plots in the town centre, which developers have already offered to buy at the asking price.',
];

const page = (inside: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Rail yard to become a park</title></head><body>
<article class="post"><h1>Rail yard to become a park</h1>
<div class="entry-content"><p>${P[0]}</p>${inside}<p>${P[1]}</p><p>${P[2]}</p><p>${P[3]}</p></div></article></body></html>`;

describe('text for screen readers only', () => {
  for (const cls of ['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'assistive-text', 'u-visuallyHidden']) {
    it(`leaves out a box of class "${cls}", and reports it`, () => {
      const line = 'Autor des Artikels:';
      const { body, report } = article(page(`<div class="${cls}">${line}</div>`), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body).not.toContain(line);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text === line && e.detail?.includes('screen readers only'))).toBe(true);
    });
  }

  it('keeps boxes named by one of the words alone', () => {
    const inside = ['hidden-gem', 'only-on-web', 'text-block', 'reader-notes'].map((c, i) => `<div class="${c}"><p>Line ${i + 1} of the council's note on the yard, kept as the page shows it.</p></div>`).join('');
    const { body } = article(page(inside), 'page.html');
    for (let i = 1; i <= 4; i++) expect(body).toContain(`Line ${i} of the council's note`);
  });

  it('names the box by its class', () => {
    const el = (cls: string) => ({ nodeName: 'DIV', getAttribute: (n: string) => (n === 'class' ? cls : null) });
    expect(furnitureLabel(el('sr-only'))?.kind).toBe('text for screen readers only');
    expect(furnitureLabel(el('field__label visually-hidden'))?.kind).toBe('text for screen readers only');
    expect(furnitureLabel(el('hidden-gem'))).toBeNull();
  });
});
