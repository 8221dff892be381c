/**
 * HTML seeds: other stories' teaser box closing the article, told by its shape: a head that asks or
 * introduces (a question, a colon: wordings the box-heading words do not know) with nothing under it
 * but two links or more to other pages, to the next heading or the end, and none of the article's
 * prose after it. The head and its links leave the body, each reported. A head that names the
 * article's own list, a box the article's prose goes on after, a label over one link, a sign-off over
 * a button and a label over dated releases stay.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { markLinkBoxHeads, LINK_BOX_HEAD, LINK_BOX_TEASER } from '../../scripts/ingest/lib/html/furniture/link-box-heads.ts';

const P = [
  'The ferry company said on Monday that the night crossing to the island would run again from the first week of April.',
  'Repairs to the ramp on the island side took longer than planned, because the divers found more damage below the waterline.',
  'Islanders had asked for an earlier date, since the day boats leave too late for the morning shifts at the mainland hospital.',
  'The company said the timetable for the summer would be published at the end of the month, with two extra sailings on Fridays.',
];

const page = (tail: string, middle = '') => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Night ferry returns in April</title></head><body>
<article><h1>Night ferry returns in April</h1>
<p>${P[0]}</p><p>${P[1]}</p>${middle}<h2>The summer timetable</h2><p>${P[2]}</p><p>${P[3]}</p>${tail}
</article></body></html>`;

const teasers = (...titles: string[]) => titles.map((t, i) => `<p><a href="/story-${i}">${t}</a></p>`).join('');
const TWO = teasers('Harbour dues rise for the fishing fleet', 'New lighthouse keeper starts on the point');

const furniture = (report: ReturnType<typeof article>['report']) => report.entries.filter((e) => e.rule === 'furniture' && e.action === 'removed');

/** Blocks as the article walker gives them, each prose paragraph counted for `proseFrom`. */
const proseFrom = (blocks: { text: string }[]) => (j: number) => blocks.slice(j).filter((b) => b.text.length > 80).length;

describe('HTML furniture: a head over nothing but links, closing the article', () => {
  it('leaves out a question over two teaser titles after the last paragraph, each reported', () => {
    const { body, report } = article(page(`<p>Schon gelesen?</p>${TWO}`), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Schon gelesen?');
    expect(body).not.toContain('Harbour dues rise');
    expect(body).not.toContain('lighthouse keeper');
    const removed = furniture(report);
    expect(removed.some((e) => e.text === 'Schon gelesen?' && e.detail === LINK_BOX_HEAD)).toBe(true);
    expect(removed.filter((e) => e.detail === LINK_BOX_TEASER)).toHaveLength(2);
  });

  it('leaves out a heading ending on a colon over links, with the next box\'s heading after them', () => {
    const { body, report } = article(page(`<h3>Mehr lesen:</h3>${TWO}<h3>Kommentare</h3>`), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Mehr lesen');
    expect(body).not.toContain('Harbour dues rise');
    expect(furniture(report).some((e) => e.text === 'Mehr lesen:' && e.detail === LINK_BOX_HEAD)).toBe(true);
  });

  it('keeps a box the article\'s prose goes on after, and a head that names the article\'s own list', () => {
    const inside = article(page('', `<p>Schon gelesen?</p>${TWO}`), 'page.html');
    expect(inside.body).toContain('Schon gelesen?');
    expect(inside.body).toContain('Harbour dues rise');
    const named = article(page(`<h3>Useful resources</h3>${TWO}`), 'page.html');
    expect(named.body).toContain('Useful resources');
    for (const r of [inside.report, named.report]) expect(furniture(r).some((e) => e.detail === LINK_BOX_HEAD)).toBe(false);
  });

  it('keeps a label over one link, a sign-off over a button, and a label over dated releases', () => {
    const blocks = [
      { kind: 'paragraph', text: P[0] },
      { kind: 'paragraph', text: 'More projects:' },
      { kind: 'paragraph', text: 'A summer porch refresh on a budget', linkShare: 1 },
      { kind: 'heading', text: 'Releases' },
      { kind: 'paragraph', text: 'Read the releases on this:' },
      { kind: 'item', text: 'No. 12 of 3 March 2025', linkShare: 1, furniture: 'a date line' },
      { kind: 'item', text: 'No. 11 of 1 March 2025', linkShare: 1, furniture: 'a date line' },
      { kind: 'heading', text: 'Yours, Anna!' },
      { kind: 'paragraph', text: 'Apply now »', linkShare: 1 },
      { kind: 'paragraph', text: 'Deal »', linkShare: 1 },
    ];
    markLinkBoxHeads(blocks, proseFrom(blocks));
    expect(blocks.filter((b) => b.furniture === LINK_BOX_HEAD || b.furniture === LINK_BOX_TEASER)).toEqual([]);
  });

  it('takes a run of links already left out as titles, and never a list item as a head', () => {
    const blocks = [
      { kind: 'paragraph', text: P[0] },
      { kind: 'paragraph', text: 'Most read:' },
      { kind: 'item', text: 'Harbour dues rise for the fishing fleet', linkShare: 1, furniture: 'a list of links to other pages' },
      { kind: 'item', text: 'New lighthouse keeper starts on the point', linkShare: 1, furniture: 'a list of links to other pages' },
      { kind: 'item', text: 'Island school gets a new gym', linkShare: 1, furniture: 'a list of links to other pages' },
      { kind: 'heading', text: 'Elsewhere' },
      { kind: 'item', text: 'Also:', linkShare: 0 },
      { kind: 'item', text: 'Ferry fares frozen for the winter', linkShare: 1 },
      { kind: 'item', text: 'Bridge study finds costs doubled', linkShare: 1 },
    ];
    markLinkBoxHeads(blocks, proseFrom(blocks));
    expect(blocks[1].furniture).toBe(LINK_BOX_HEAD);
    expect(blocks[6].furniture).toBeUndefined();
    expect(blocks[7].furniture).toBeUndefined();
  });
});
