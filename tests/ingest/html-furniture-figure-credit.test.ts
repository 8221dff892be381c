/**
 * HTML seeds: a picture's credit alone in its <figure>, outside the caption ("Getty Images", "Jane
 * Roe/Harbor Wire", "Courtesy of Jane Roe/Instagram") leaves the body, reported; the figure's caption is
 * still shown beside the article; an embedded post, a pull quote and a teaser's sentence in a figure,
 * and a short line outside any figure, stay.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { RAIL_YARD_PARAGRAPHS, railYardPage } from './rail-yard-page.ts';
import { isFigureCredit, namesCredit } from '../../scripts/ingest/lib/html/furniture/figure-credit.ts';

const P = RAIL_YARD_PARAGRAPHS;
const page = (inside: string) => railYardPage(inside, 2);

const IMG = '<img src="yard.jpg" alt="">';

describe("a picture's credit in its figure", () => {
  for (const credit of ['Getty Images', 'Jane Roe/Harbor Wire', 'Courtesy of Jane Roe/Instagram', 'EPA']) {
    it(`leaves out "${credit}", and reports it`, () => {
      const { body, report, record } = article(page(`<figure>${IMG}<div><div>${credit}</div></div><figcaption>The old sheds at the rail yard, seen from the river.</figcaption></figure>`), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body).not.toContain(credit);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text === credit && e.detail?.includes("picture's credit"))).toBe(true);
      // The caption is still shown where the picture stood.
      expect(record.paragraphs.some((p) => p.kind === 'caption' && p.text.includes('The old sheds at the rail yard'))).toBe(true);
    });
  }

  it("keeps an embedded post's lines, a pull quote and a teaser's sentence in a figure", () => {
    const inside = [
      '<figure class="embed"><blockquote><p>Big news for the valley today</p><p>— Kestrel Council (@kestrel) May 6, 2025</p></blockquote></figure>',
      '<figure class="pullquote"><blockquote><p>A park for everyone</p></blockquote></figure>',
      '<figure class="teaser"><p>The council will vote on the budget for the new park in March, after a public hearing.</p></figure>',
    ].join('');
    const { body } = article(page(inside), 'page.html');
    expect(body).toContain('Big news for the valley today');
    expect(body).toContain('A park for everyone');
    expect(body).toContain('The council will vote on the budget for the new park in March');
  });

  it("keeps a widget's line in lower case and the word for a picture alone in a figure", () => {
    const inside = `<figure><p>skip past newsletter promotion</p></figure><figure>${IMG}<p>Image</p></figure>`;
    const { report } = article(page(inside), 'page.html');
    // Other rules may read them; this one takes neither.
    expect(report.entries.some((e) => e.detail?.includes("picture's credit"))).toBe(false);
  });

  it('reads a credit as names', () => {
    for (const credit of ['Getty Images', 'Courtesy of Jane Roe/Instagram', 'MOVI Inc. / MEGA', 'Jane Roe/WENN.com', 'Foto von Jan Berg', '新华社']) expect(namesCredit(credit), credit).toBe(true);
    for (const line of ['skip past newsletter promotion', 'Share on Pinterest', 'View this figure', 'Image', 'Photo']) expect(namesCredit(line), line).toBe(false);
  });

  it("keeps a table's cells in a figure (a block editor's table)", () => {
    const table = '<figure class="wp-block-table"><table><tbody><tr><td><p>Provider</p></td><td><p>Cost</p></td></tr><tr><td><p>Harbor Institute</p></td><td><p>Kestrel Fund</p></td></tr></tbody></table></figure>';
    const { body, report } = article(page(table), 'page.html');
    expect(body).toContain('Harbor Institute');
    expect(report.entries.some((e) => e.detail?.includes("picture's credit"))).toBe(false);
  });

  it('keeps a short line outside any figure', () => {
    const { body } = article(page('<p>Jane Roe/Harbor Wire</p>'), 'page.html');
    expect(body).toContain('Jane Roe/Harbor Wire');
  });

  it('reads only short lines with no sentence end, in a figure, outside quotes and headings', () => {
    expect(isFigureCredit({ text: 'Getty Images', inFigure: true, kind: 'paragraph' }, 2, false)).toBe(true);
    expect(isFigureCredit({ text: 'Getty Images', inFigure: true, kind: 'paragraph' }, 7, false)).toBe(false);
    expect(isFigureCredit({ text: 'Getty Images', inFigure: true, kind: 'paragraph' }, 3, true)).toBe(false);
    expect(isFigureCredit({ text: 'Getty Images', inFigure: true, kind: 'paragraph', quoted: true }, 2, false)).toBe(false);
    expect(isFigureCredit({ text: 'Getty Images', inFigure: true, kind: 'heading' }, 2, false)).toBe(false);
    expect(isFigureCredit({ text: 'Getty Images', kind: 'paragraph' }, 2, false)).toBe(false);
  });
});
