/**
 * A buying guide's opening paragraphs, then its box of top picks (each pick's label, its name, its
 * price, a shop's button), then the rest of the guide, which names the picks again. The opening is
 * the article's (main-text.ts, openingAboveItsContents), but a price right above the run read as
 * the article's stamp ("a byline or a stamp heads the run"), and the opening was lost. A price is
 * no date: the stamp check passes it by. A real stamp there still decides. Written here; the first
 * case failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const OPENING = [
  'A good kettle is the appliance most kitchens use every single day, and yet most people buy one in a hurry and live with its noise and its limescale for years.',
  'We boiled water in twenty kettles every morning for a whole winter in a small flat and a large family kitchen, and the three below are the ones we would buy again.',
];
const PICKS = [
  ['Best kettle overall', 'Harbor Steel One', '$49.99'],
  ['Best glass kettle', 'Valley Glass Two', '$64.99'],
  ['Best small kettle', 'Summit Mini Three', '$29.99'],
];
const about = (name: string) =>
  `The ${name} boiled a full litre in under three minutes on every morning of the test, its lid opened wide enough to clean inside without a brush, and its handle stayed cool even when the water was still rolling.`;
const HEADLINE = 'The Best Kettles of the Year, Tested';
const box = PICKS.flatMap(([label, name, price]) => [label, name, price, 'Harbor Shop', 'Learn more']);
const body = PICKS.flatMap(([label, name, price]) => [label, name, price, about(name), `Why we chose the ${name}`, about(`${name} in daily use`)]);
const FOOTER = ['About us', 'Contact', 'Privacy policy'];

describe('main-text: the opening above a box of top picks with their prices', () => {
  it('starts at the opening: a price above the run is no stamp', () => {
    const page = ['Home', 'Reviews', HEADLINE, ...OPENING, 'Our top picks', ...box, ...body, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept.slice(0, 2)).toEqual(OPENING);
    expect(kept).toContain(about(PICKS[2][1]));
    expect(kept).not.toContain('Learn more');
  });

  it('still starts under a real stamp right above the run', () => {
    const page = ['Home', 'Reviews', ...OPENING, 'Our top picks', ...box, HEADLINE, 'By Ann Lee', 'March 3, 2024', ...body, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).not.toContain(OPENING[0]);
    expect(kept).toContain(about(PICKS[0][1]));
  });
});
