/**
 * HTML seeds: text the page hides from sight and writes for screen readers only ("sr-only",
 * "visually-hidden", "visuallyhidden", "screen-reader-text", "assistive-text") leaves the body, reported;
 * boxes with one of the words alone ("hidden-gem", "only-on-web", "text-block") stay.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { RAIL_YARD_PARAGRAPHS, railYardPage } from './rail-yard-page.ts';
import { furnitureLabel } from '../../scripts/ingest/lib/html/furniture/html-furniture.ts';

const P = RAIL_YARD_PARAGRAPHS;
const page = (inside: string) => railYardPage(inside, 1);

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
