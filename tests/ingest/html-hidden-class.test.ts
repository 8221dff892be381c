/**
 * A box the page hides with a CSS framework's utility class ("hidden", "d-none", "is-hidden"): a
 * subscription offer or a sign-in form kept in the page until a script shows it (Readability weighs
 * the word "hidden" in a class down, but "article-block" up as much). No reader sees it,
 * so it is no part of the article, as an element with the hidden attribute or display:none is not
 * (lib/html/prune/html-prune.ts). A class that shows the box from some screen width on ("hidden md:block",
 * "d-none d-lg-block") leaves it shown, and so does a toggle that names the box (a "read more" panel).
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const prose = [
  'The Harbor Post learned this week that the port authority will rebuild the north pier before the storm season.',
  'Ann Lee, who chairs the authority, said the work would start in March and take about eight months to finish.',
  'Fishing crews will move to the south quay while the pier is closed, and the ferry will keep its timetable.',
  'The council voted for the plan last month after two years of debate about its cost and its effect on the bay.',
  'Engineers expect the new pier to last fifty years, twice as long as the wooden one it replaces this year.',
].map((s) => `<p>${s} ${s}</p>`);

const page = (box: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port to rebuild north pier</title></head><body><article><h1>Port to rebuild north pier</h1>${prose.slice(0, 3).join('')}${box}${prose.slice(3).join('')}</article></body></html>`;

const offer = (cls: string) =>
  `<div class="${cls}"><div class="h2">Reserved for subscribers</div><ul><li>Unlimited access to every story of the Harbor Post and its sister papers.</li><li>The printed edition as a replica on every device you own.</li><li>Daily puzzles and a weekly newsletter from our editors.</li></ul></div>`;

const bodyOf = (html: string) => article(html, 'page.html').record.paragraphs.map((p) => p.text).join('\n');

describe('a box hidden by a utility class', () => {
  for (const cls of ['article-block sign-in-group hidden', 'article-block offer d-none', 'article-block offer is-hidden']) {
    it(`leaves out a box of class "${cls}"`, () => {
      const body = bodyOf(page(offer(cls)));
      expect(body).toContain('rebuild the north pier');
      expect(body).toContain('last fifty years');
      expect(body).not.toContain('Unlimited access to every story');
    });
  }

  it('keeps a box that a wider screen shows', () => {
    for (const cls of ['article-block offer hidden md:block', 'article-block offer d-none d-lg-block']) expect(bodyOf(page(offer(cls)))).toContain('Unlimited access to every story');
  });

  it('keeps a hidden panel that a toggle opens', () => {
    const panel = `<button aria-controls="more-1">Read more</button><div id="more-1" class="article-more hidden"><p>The old pier was built in 1951 by a crew of forty, and it has been repaired nine times since then.</p></div>`;
    expect(bodyOf(page(panel))).toContain('The old pier was built in 1951');
  });
});
