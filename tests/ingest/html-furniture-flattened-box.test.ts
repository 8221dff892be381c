/**
 * HTML seeds: Readability flattens a box that holds one paragraph (or one box) into that paragraph
 * before it scores the page, and the box's class goes with it. A labelled box so flattened (an author's
 * bio whose text stands in the box itself, or in one <p> of it) is still furniture: the label is kept
 * on what took its place, and the box leaves the body, reported.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'Harbor Post reporters followed the new tide gauges along the eastern shore for three months, comparing their readings with older stations inland.',
  'The gauges send a reading every ten minutes, and the first results suggest that storm surges reach the northern bays sooner than models predicted.',
  'Engineers at the port authority said the data would help them decide where to raise the sea walls first, starting with the ferry terminal next year.',
  'Fishermen in the area said they had long noticed the water rising faster in the north, and welcomed the chance to see their observations measured.',
  'The project will add another twenty gauges next spring, paid for by the regional government and two universities that study the coast.',
];

const page = (closing: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Tide gauges show faster surges in the north</title></head><body>
<article class="post"><h1>Tide gauges show faster surges in the north</h1>
<div class="entry-content">${P.map((p) => `<p>${p}</p>`).join('\n')}
${closing}</div>
</article></body></html>`;

const BIO_TEXT = 'Ann Lee grew up in a fishing village and has reported on the coast, its harbours and its weather for the paper since she left university.';

describe('labelled boxes Readability flattens into a paragraph', () => {
  for (const [what, closing] of [
    ['text standing in the box', `<div class="closing"><div class="author-bio">${BIO_TEXT}</div></div>`],
    ['one paragraph in the box', `<div class="closing"><div class="author-bio"><p>${BIO_TEXT}</p></div></div>`],
    ['a box inside a labelled box', `<div class="author-bio"><div class="profile-text"><p>${BIO_TEXT}</p></div></div>`],
  ] as const) {
    it(`leaves out an author's bio with ${what}, and reports it`, () => {
      const { body, report } = article(page(closing), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body).not.toContain('grew up in a fishing village');
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes('grew up in a fishing village') && e.detail?.includes("the author's bio"))).toBe(true);
    });
  }

  it('keeps a paragraph in an unlabelled box, and one whose box only looks labelled', () => {
    const closing = `<div class="note"><div class="text"><p>${BIO_TEXT}</p></div></div><div class="biology-notes"><p>Marine biologists will use the same readings to study how the surges shift sand and seagrass along the shore.</p></div>`;
    const { body, report } = article(page(closing), 'page.html');
    expect(body).toContain('grew up in a fishing village');
    expect(body).toContain('shift sand and seagrass');
    expect(report.entries.filter((e) => e.rule === 'furniture')).toEqual([]);
  });
});
