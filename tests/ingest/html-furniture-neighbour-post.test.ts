/**
 * HTML seeds: the box that links to the post before or after this one ("nav-previous", "nav-next",
 * "next-post", "prev_next_text"), which Readability keeps when it sits inside the article's container:
 * its "Next article" label, the other story's title and teaser leave the body, reported. The words apart
 * ("next-steps", "post-content") take nothing away, nor does the article's own "What happens next" section.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'The Kestrel Valley council voted on Monday to turn the old rail yard into a park, ending a dispute over the land that had lasted nearly a decade.',
  'Under the plan, the tracks will be lifted next summer and the sheds kept as a market hall, with the first trees planted along the river in autumn.',
  'Residents who had asked for housing on the site said they would accept the decision, as long as the council keeps its promise of homes elsewhere.',
  'The park will be paid for from the sale of two smaller plots in the town centre, which developers have already offered to buy at the asking price.',
];

const TEASER = 'Ten walks along the old branch line, from the mill pond to the viaduct, with maps and the best places to stop for lunch on the way.';
const NEXT_STEPS = 'Next, the council will ask residents which games and benches they want, in a survey that opens on the first of March and runs for six weeks.';

const page = (after: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Rail yard to become a park</title></head><body>
<article class="post"><h1>Rail yard to become a park</h1>
<div class="entry-content">${P.map((p) => `<p>${p}</p>`).join('\n')}
${after}</div></article></body></html>`;

describe('the box of the previous or next post', () => {
  for (const box of [
    `<div class="nav"><div class="nav-prev"><span class="nav__title">Previous article</span><article class="post-box"><a href="/walks">Branch line walks</a><p class="except">${TEASER}</p></article></div></div>`,
    `<section class="outer"><div class="next-post__content"><h2>Next article</h2><div class="h1">Branch line walks</div><p>${TEASER}</p></div></section>`,
    `<div class="prev_next_text"><span class="title">${TEASER}</span></div>`,
  ]) {
    it(`leaves out ${box.slice(0, 50)}…, and reports it`, () => {
      const { body, report } = article(page(box), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body).not.toContain('Ten walks along the old branch line');
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes('Ten walks') && e.detail?.includes('previous or next story'))).toBe(true);
    });
  }

  it('keeps boxes whose names hold the words apart, and the article\'s own "what next"', () => {
    const boxes = `<div class="next-steps"><h2>What happens next</h2><p>${NEXT_STEPS}</p></div><div class="post-content after-hours"><p>${TEASER}</p></div>`;
    const { body, report } = article(page(boxes), 'page.html');
    expect(body).toContain('What happens next');
    expect(body).toContain('the council will ask residents');
    expect(body).toContain('Ten walks along the old branch line');
    expect(report.entries.filter((e) => e.rule === 'furniture')).toEqual([]);
  });
});
