/**
 * HTML seeds: more names of furniture boxes, as class or id words. An author's box ("author-info",
 * "entry-author"), an embed's consent box ("embed-consent"), an appeal for donations ("donation-box")
 * and an advertisement's slot named "ad" ("ad-container") leave the body, reported; words that only
 * contain these ("loader", "authority", "adventure") take nothing away. A box named a credit
 * ("credits", "media-credit", "photoCredit"), a picture's credit line set apart from its caption, even
 * as a <span>, leaves the body, reported; a box of more than a credit's short line stays (a
 * credit-named box round the article's own paragraphs, a caption's sentence under the picture), and
 * so do boxes whose words only contain it ("creditor") or name a credit card ("credit-card-table").
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { fitsLabel, furnitureLabel } from '../../scripts/ingest/lib/html/furniture/html-furniture.ts';

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

describe('boxes named by more furniture words', () => {
  for (const [what, box, text] of [
    ["the author's box", `<div class="author-info"><h4>Ann Lee</h4><p>Ann Lee reports on the valley's towns and their councils, and before that wrote about farming for ten years.</p></div>`, 'reports on the valley'],
    ['a consent box', `<div class="embed-wrapper js-embed-consent"><p>Here you will find external content that adds to the article. You can show it with one click and hide it again.</p><button>Show content</button></div>`, 'external content that adds'],
    ['an appeal for donations', `<div class="donation-box"><p>We keep our reporting free for everyone. If you are able to, please support our newsroom with a small monthly gift today.</p></div>`, 'support our newsroom'],
    ['an advertisement', `<div class="ad-container"><p>Spring sale: every garden chair and table half price this weekend only, in all our shops across the valley.</p></div>`, 'garden chair and table'],
  ] as const) {
    it(`leaves out ${what} inside the article, and reports it`, () => {
      const { body, report } = article(page(box), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body).not.toContain(text);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(text) && e.detail?.includes(what))).toBe(true);
    });
  }

  it('keeps boxes whose names only contain those words', () => {
    const boxes = `<div class="loader authority-note"><p>The regional transport authority will keep a siding open for heritage trains on the first Sunday of each month.</p></div>
<div class="adventure-playground"><p>A playground with climbing frames made from old sleepers is planned near the market hall, for children of all ages.</p></div>`;
    const { body, report } = article(page(boxes), 'page.html');
    expect(body).toContain('keep a siding open');
    expect(body).toContain('climbing frames made from old sleepers');
    expect(report.entries.filter((e) => e.rule === 'furniture')).toEqual([]);
  });
});

describe('furniture words and the names around them', () => {
  it('reads no word out of a generated key, and no author box in a quote', () => {
    const boxes = `<div class="builder-element builder-element-0243ad1"><p>The regional transport authority will keep a siding open for heritage trains on the first Sunday of each month.</p></div>
<blockquote><p>It is the best news this side of town has had in years, and we will be at the market on the first day.</p><div class="pullquote-testimonial__author-container">Ann Lee, Kestrel Valley Traders</div></blockquote>`;
    const { body, report } = article(page(boxes), 'page.html');
    expect(body).toContain('keep a siding open');
    expect(body).toContain('best news this side of town');
    expect(report.entries.filter((e) => e.rule === 'furniture')).toEqual([]);
  });
});

describe("an advertisement's slot", () => {
  it("keeps the article's paragraphs a slot left open holds", () => {
    const open = `<div class="ad-container"><p>Advertisement</p><p>${P.map((p) => p.replace('The ', 'Later, the ')).join('</p><p>')}</p></div>
<p>${P.map((p) => p.replace('The ', 'Meanwhile, the ')).join('</p><p>')}</p>`;
    const { body } = article(page(open), 'page.html');
    expect(body).toContain('Later, the park will be paid for');
  });
});

describe('what a labelled box holds, beside the reason reported', () => {
  const div = (cls: string) => ({ nodeName: 'DIV', getAttribute: (name: string) => (name === 'class' ? cls : null) });
  it('names the kind of box apart from the words of its label', () => {
    expect(furnitureLabel(div('ad-container'))).toEqual({ kind: 'an advertisement', label: 'inside an advertisement (class "ad-container")' });
    expect(furnitureLabel({ nodeName: 'ASIDE', getAttribute: (name: string) => (name === 'role' ? 'complementary' : null) })?.kind).toBe('something other than the article');
  });
  it('holds an advertisement to the size of a slot by its kind, whatever the label says', () => {
    expect(fitsLabel({ kind: 'an advertisement', label: 'an ad slot' }, 2000, 10000)).toBe(false);
    expect(fitsLabel({ kind: 'share buttons', label: 'inside an advertisement' }, 2000, 10000)).toBe(true);
    expect(fitsLabel({ kind: 'an advertisement', label: 'an ad slot' }, 300, 10000)).toBe(true);
  });
});

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
