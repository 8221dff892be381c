/**
 * HTML seeds: a box the markup names a credit ("credits", "media-credit", "photoCredit"), a picture's
 * credit line set apart from its caption, even as a <span>, leaves the body, reported; a box of more
 * than a credit's short line stays (a credit-named box round the article's own paragraphs, a
 * caption's sentence under the picture), and so do
 * boxes whose words only contain it ("creditor") or name a credit card ("credit-card-table").
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'The Kestrel Valley council voted on Monday to turn the old rail yard into a park, ending a dispute over the land that had lasted nearly a decade.',
  'Under the plan, the tracks will be lifted next summer and the sheds kept as a market hall, with the first trees planted along the river in autumn.',
  'Residents who had asked for housing on the site said they would accept the decision, as long as the council keeps its promise of homes elsewhere.',
  'The park will be paid for from the sale of two smaller plots in the town centre, which developers have already offered to buy at the asking price.',
  'Council members said they hoped the market hall would bring visitors back to the east side of the town, where many shops have closed in recent years.',
];

const page = (inside: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Rail yard to become a park</title></head><body>
<article class="post"><h1>Rail yard to become a park</h1>
<div class="entry-content"><p>${P[0]}</p><p>${P[1]}</p>
${inside}
<p>${P[2]}</p><p>${P[3]}</p><p>${P[4]}</p></div></article></body></html>`;

describe("a picture's credit, by its box's name", () => {
  for (const [what, box, text] of [
    ['a <span> named "credits"', `<p class="small"><span class="credits">Harbour Studio / J. Rowe</span></p>`, 'Harbour Studio / J. Rowe'],
    ['a <div> named "media-credit"', `<div class="media-credit">Kestrel Valley Archive</div>`, 'Kestrel Valley Archive'],
    ['a <p> named "photoCredit"', `<p class="photoCredit">M. Okafor for the Valley Post</p>`, 'M. Okafor for the Valley Post'],
  ] as const) {
    it(`leaves out ${what}, and reports it`, () => {
      const { body, report } = article(page(box), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body).not.toContain(text);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(text) && e.detail?.includes("a picture's credit"))).toBe(true);
    });
  }

  it('keeps a credit-named box that holds the article or a caption sentence, a creditor and a credit card', () => {
    const boxes = `<div class="credits"><p>The credit union that holds the yard's old loans said it would write off the rest of the debt once the park opens to the public next year.</p><p>Its chair said the union had waited long enough, and that a park was a better use of the land than another empty lot with a fence around it.</p></div>
<p><span class="credit">Check the opening hours before you go, as the market hall will close early on some weekdays in winter</span></p>
<div class="creditor-note"><p>The rail company, the largest creditor, will be repaid from the sale of the two plots before any other claim on the land is settled.</p></div>
<div class="credit-card-name">Valley Rewards Card</div>`;
    const { body, report } = article(page(boxes), 'page.html');
    expect(body).toContain('write off the rest of the debt');
    expect(body).toContain('better use of the land');
    expect(body).toContain('the largest creditor');
    expect(body).toContain('close early on some weekdays');
    expect(body).toContain('Valley Rewards Card');
    expect(report.entries.filter((e) => e.rule === 'furniture')).toEqual([]);
  });
});
