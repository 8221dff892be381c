/**
 * HTML seeds: the box a template fills after the article, named for where it stands ("silic-after-content",
 * "afterPost", "after-entry-widgets"), and the reader's opt-in box ("hbg-after-post-optin", "enews"),
 * which Readability keeps when they sit inside the article's container: their "about us" prose and sign-up
 * lines leave the body, reported, as does other stories' box named by a pair ("recent-posts", "posts-list").
 * The words apart ("after" beside something else, "content" alone) take
 * nothing away, nor does the article's own closing paragraph about a company.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'The Kestrel Valley council voted on Monday to turn the old rail yard into a park, ending a dispute over the land that had lasted nearly a decade.',
  'Under the plan, the tracks will be lifted next summer and the sheds kept as a market hall, with the first trees planted along the river in autumn.',
  'Residents who had asked for housing on the site said they would accept the decision, as long as the council keeps its promise of homes elsewhere.',
  'The park will be paid for from the sale of two smaller plots in the town centre, which developers have already offered to buy at the asking price.',
  // The article's own last paragraph about a company: no box marks it, so it stays.
  'Valley Rail Holdings, which owned the yard until 2019, said it was pleased the land would stay in public use and would give its old signal box to the park.',
];

const ABOUT_US =
  'Kestrel Media is a recognized leader in local news, uniting reporters, photographers and editors across the valley to bring readers the stories that matter to them.';
const OPT_IN = 'Get our weekly garden letter: planting calendars, soil tips and the best of the valley’s open gardens, free in your inbox every Friday.';

const NEUTRAL = 'After ten in the evening the night bus will stop at the market hall instead of the old station, the transport authority said on Tuesday.';

const page = (after: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Rail yard to become a park</title></head><body>
<article class="post"><h1>Rail yard to become a park</h1>
<div class="entry-content">${P.map((p) => `<p>${p}</p>`).join('\n')}
${after}</div></article></body></html>`;

describe('the box after the article', () => {
  for (const [what, box, text] of [
    ["the site's box after the article", `<div class="silic-after-content" id="silic-738526046"><div class="text-center"><p>${ABOUT_US}</p></div></div>`, 'recognized leader in local news'],
    ["the site's box after the article", `<section class="afterPost"><p>${ABOUT_US}</p></section>`, 'recognized leader in local news'],
    ['a newsletter box', `<div class="hbg-after-post-optin"><div class="wrap"><p>${OPT_IN}</p></div></div>`, 'weekly garden letter'],
    ['a newsletter box', `<div class="enews"><p>${OPT_IN}</p></div>`, 'weekly garden letter'],
  ] as const) {
    it(`leaves out ${what} (${box.slice(0, 40)}…), and reports it`, () => {
      const { body, report } = article(page(box), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body).not.toContain(text);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(text) && e.detail?.includes(what))).toBe(true);
    });
  }

  it('keeps boxes whose names hold the words apart', () => {
    const boxes = `<div class="after-school content-block"><p>${ABOUT_US}</p></div><div class="post-after-hours"><p>${NEUTRAL}</p></div>`;
    const { body, report } = article(page(boxes), 'page.html');
    expect(body).toContain('recognized leader in local news');
    expect(body).toContain('night bus will stop');
    expect(report.entries.filter((e) => e.rule === 'furniture')).toEqual([]);
  });
});

describe("other stories' box named by a pair of words", () => {
  const TEASER = 'Ten walks along the old branch line, from the mill pond to the viaduct, with maps and the best places to stop for lunch.';
  for (const cls of ['recent-posts', 'moreStories', 'posts-list', 'articles-grid']) {
    it(`leaves out a box named "${cls}", and reports it`, () => {
      const { body, report } = article(page(`<div class="${cls}"><p>${TEASER}</p></div>`), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body).not.toContain('Ten walks along the old branch line');
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes('Ten walks') && e.detail?.includes('other stories'))).toBe(true);
    });
  }

  it("keeps the article's own sections in one post's list (postList), and a post's content", () => {
    const sections = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rail yard to become a park</title></head><body>
<article><h1>Rail yard to become a park</h1>
${P.map((p) => `<section class="postList"><div class="section-content"><p>${p}</p></div></section>`).join('\n')}
<div class="post-content more-info"><p>${NEUTRAL}</p></div></article></body></html>`;
    const { body, report } = article(sections, 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).toContain('night bus will stop');
    expect(report.entries.filter((e) => e.rule === 'furniture')).toEqual([]);
  });
});
