/**
 * HTML seeds: a listicle's numbered heading, linked to the thing it reviews, right after the shop links
 * closing the pick before it, opens the next pick: it stays with the article's prose under it, and the
 * shop links still go as a list of links. A box of other pages whose last link is a heading with no
 * number, or a numbered heading with nothing of the article's text under it, still goes whole.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { opensNumberedSection } from '../../scripts/ingest/lib/html/furniture/numbered-section-head.ts';

const P = [
  'These are the five cameras I would buy for weddings this year, each tested over a full season of ceremonies, receptions and portraits.',
  'The first one is the camera I reach for every weekend: its autofocus never lost a face in a dark church, and its batteries last all day.',
  'The second one is lighter and cheaper, and its colours straight out of the camera need less editing than any other body I have tried.',
  'The third one is the oldest design on this list, but its sensor still holds detail in the shadows better than most of the newer models.',
  'Whichever you choose, buy a second battery and a fast memory card before the first wedding: both matter more than the lens you start with.',
];

const shops = '<p><a href="https://shop-one.example/cam">Shop One</a></p><p><a href="https://shop-two.example/cam">Shop Two</a></p><p><a href="https://shop-three.example/cam">Shop Three (used)</a></p>';
const pick = (n: number, name: string, text: string) => `<h2><a href="https://maker.example/${n}">${n}. ${name}</a></h2><p>${text}</p>${shops}`;

const page = (inside: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>The best cameras for weddings</title></head><body>
<article class="post"><h1>The best cameras for weddings</h1>
<div class="entry-content"><p>${P[0]}</p>${inside}<p>${P[4]}</p></div></article></body></html>`;

describe('HTML furniture: a numbered heading after a list of links opens the next section', () => {
  it('keeps each pick’s numbered heading and leaves out the shop links', () => {
    const { body, report } = article(page(pick(1, 'MAKER ONE R6', P[1]) + pick(2, 'MAKER TWO A7', P[2]) + pick(3, 'MAKER THREE Z6', P[3])), 'page.html');
    const lines = body.split('\n');
    for (const p of P) expect(body).toContain(p);
    for (const heading of ['1. MAKER ONE R6', '2. MAKER TWO A7', '3. MAKER THREE Z6']) expect(lines, heading).toContain(heading);
    expect(body).not.toContain('Shop Three (used)');
    expect(report.entries.some((e) => e.rule === 'furniture' && e.text === 'Shop One' && e.detail === 'a list of links to other pages')).toBe(true);
  });

  it('reads the heading and what follows it', () => {
    const heading = { text: '4. MAKER FOUR S5', kind: 'heading', linkShare: 1 };
    const prose = { text: P[1], kind: 'paragraph', linkShare: 0 };
    expect(opensNumberedSection([heading, prose], 0)).toBe(true);
    expect(opensNumberedSection([{ ...heading, text: 'MAKER FOUR S5' }, prose], 0)).toBe(false);
    expect(opensNumberedSection([heading], 0)).toBe(false);
    expect(opensNumberedSection([heading, { ...prose, linkShare: 0.9 }], 0)).toBe(false);
    expect(opensNumberedSection([{ ...heading, kind: 'paragraph' }, prose], 0)).toBe(false);
  });
});
