/**
 * HTML seeds: other stories' cards closing the article, each a linked title with its one-paragraph
 * summary, under the box's own heading. The cards leave the body, each reported; a roundup whose
 * title-and-summary items are the article's own text (no heading of a box over them), cards the
 * article's prose goes on after, titles of two markups and a page of nothing but cards stay.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { markTeaserCards, TEASER_CARD_SUMMARY, TEASER_CARD_TITLE } from '../../scripts/ingest/lib/html/furniture/teaser-cards.ts';

const P = [
  'The allotment society voted on Tuesday to open a second waiting list for the raised beds by the river path.',
  'Members who cannot kneel had asked for the raised beds two years ago, and the council paid for the timber last spring.',
  'The first twelve beds were planted in May, and the society says the waiting list for them already runs to next year.',
  'A work day to build eight more beds is planned for the last Saturday of the month, with tools lent by the hardware shop.',
];

const CARDS: [string, string][] = [
  ['How to start a herb spiral', 'A spiral of stones keeps thyme dry at the top and mint wet at the bottom. Here is how to build one in an afternoon.'],
  ['Ten vegetables for a shady plot', 'Not every plot gets full sun. These ten crops still give a harvest with four hours of light a day.'],
  ['Saving your own tomato seed', 'Ferment the pulp for three days, rinse, dry on a plate: next year\'s seed costs nothing.'],
];

const cards = (list = CARDS, title = (t: string, i: number) => `<h3><a href="/garden/story-${i}">${t}</a></h3>`) =>
  list.map(([t, s], i) => `${title(t, i)}<p>${s}</p>`).join('');

const page = (inner: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Raised beds for members who cannot kneel</title></head><body>
<article><h1>Raised beds for members who cannot kneel</h1>${inner}</article></body></html>`;

const prose = (from = 0, to = P.length) => P.slice(from, to).map((p) => `<p>${p}</p>`).join('');
const removed = (report: ReturnType<typeof article>['report']) => report.entries.filter((e) => e.rule === 'furniture' && e.action === 'removed');

describe('HTML furniture: other stories\' cards (title and summary) closing the article', () => {
  it('leaves out the cards under their box\'s heading after the last paragraph, each reported', () => {
    const { body, report } = article(page(`${prose()}<h2>You may also enjoy</h2>${cards()}`), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const [t, s] of CARDS) {
      expect(body).not.toContain(t);
      expect(body).not.toContain(s);
    }
    const out = removed(report);
    expect(out.filter((e) => e.detail === TEASER_CARD_TITLE)).toHaveLength(3);
    expect(out.filter((e) => e.detail === TEASER_CARD_SUMMARY)).toHaveLength(3);
  });

  it('reads past what is left out already between the cards (a date line under each title)', () => {
    const dated = CARDS.map(([t, s], i) => `<h3><a href="/garden/story-${i}">${t}</a></h3><p>Jan 5, 2026</p><p>${s}</p>`).join('');
    const { body } = article(page(`${prose()}<h2>Keep reading</h2>${dated}`), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain(CARDS[1][1]);
  });

  it('under a box heading the furniture rules know, takes cards whose titles are plain headings (the link wraps the card)', () => {
    const plain = cards(CARDS, (t) => `<h3>${t}</h3>`);
    const { body, report } = article(page(`${prose()}<h2>Related articles</h2>${plain}`), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const [t, s] of CARDS) {
      expect(body).not.toContain(t);
      expect(body).not.toContain(s);
    }
    expect(removed(report).filter((e) => e.detail === TEASER_CARD_TITLE)).toHaveLength(3);
    // Under a heading of the article's own, plain headings over short paragraphs are its sections.
    const sections = article(page(`${prose()}<h2>What the members said</h2>${plain}`), 'page.html');
    for (const [t, s] of CARDS) {
      expect(sections.body).toContain(t);
      expect(sections.body).toContain(s);
    }
  });

  it('keeps a roundup whose linked items are the article\'s own text, with no box heading over them', () => {
    const { body, report } = article(page(`${prose(0, 2)}${cards()}`), 'page.html');
    for (const [t, s] of CARDS) {
      expect(body).toContain(t);
      expect(body).toContain(s);
    }
    expect(removed(report).some((e) => e.detail === TEASER_CARD_TITLE || e.detail === TEASER_CARD_SUMMARY)).toBe(false);
  });

  it('keeps cards the article\'s prose goes on after, and a single card', () => {
    const inside = article(page(`${prose(0, 2)}<h2>You may also enjoy</h2>${cards()}<h2>The work day</h2>${prose(2)}`), 'page.html');
    expect(inside.body).toContain(CARDS[0][1]);
    const one = article(page(`${prose()}<h2>You may also enjoy</h2>${cards(CARDS.slice(0, 1))}`), 'page.html');
    expect(one.body).toContain(CARDS[0][1]);
  });

  it('keeps titles of two markups (a paragraph, then a list\'s item) and a page that is nothing but cards', () => {
    const blocks = [
      ...P.map((text) => ({ kind: 'paragraph', text })),
      { kind: 'heading', text: 'Pricing' },
      { kind: 'paragraph', text: CARDS[0][0], linkShare: 1 },
      { kind: 'paragraph', text: CARDS[0][1] },
      { kind: 'item', text: CARDS[1][0], linkShare: 1 },
      { kind: 'paragraph', text: CARDS[1][1] },
    ];
    markTeaserCards(blocks);
    expect(blocks.some((b) => 'furniture' in b)).toBe(false);
    const index = [{ kind: 'heading', text: 'Garden notes' }, ...CARDS.flatMap(([t, s]) => [{ kind: 'heading', text: t, linkShare: 1 }, { kind: 'paragraph', text: s }])];
    markTeaserCards(index);
    expect(index.some((b) => 'furniture' in b)).toBe(false);
  });

  it('keeps a heading whose link goes to a place on the page (a section a table of contents points to)', () => {
    const blocks = [
      ...P.map((text) => ({ kind: 'paragraph', text })),
      { kind: 'heading', text: 'Contents' },
      ...CARDS.flatMap(([t, s]) => [{ kind: 'heading', text: t, linkShare: 1, localLinkShare: 1 }, { kind: 'paragraph', text: s }]),
    ];
    markTeaserCards(blocks);
    expect(blocks.some((b) => 'furniture' in b)).toBe(false);
  });
});
