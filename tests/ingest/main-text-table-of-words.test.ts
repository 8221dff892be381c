/**
 * Main-text recall: a table of words that closes the article (shops and what each sells, one cell a
 * line as innerText gives a table's blocks: "Harbor Knits" / "harbor knits" / "organic wool" / "linen"
 * / …). Every cell is a short line, so the run ended on the paragraph above the table. A long stretch
 * of short lines right under the run, many of them written in lower case and with cells that repeat
 * (the same material under several shops), is a table, not a menu or other stories' headlines:
 * the article ends on its last lower-case cell. A footer's menu in Title Case (nothing repeated, no
 * lower case) and a tag list (lower case, nothing repeated) stay out. Invented pages; failed before.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';

const INTRO = [
  'I have spent three years looking for shops that sell clothes made fairly and from materials that do not harm the rivers near the mills, and this page is the list I wish I had found at the start.',
  'Each shop below is one I have bought from myself, and for each one I note the materials it uses, so that you can look for the fabric you prefer without reading every label in the shop.',
  'I hope this list of small and fair shops helps you as much as it helped me.',
];
const SHOPS = ['Harbor Knits', 'Bay Linen Co', 'Tidewater Denim', 'Gull Street Basics', 'Keel and Rope', 'Lantern Outdoor'];
const MATERIALS = [['organic wool', 'linen', 'recycled'], ['linen', 'hemp', 'family-owned'], ['organic cotton', 'recycled', 'fair trade'], ['organic cotton', 'hemp', 'where I bought my winter hat, made by a family firm up the coast', 'eco packaging'], ['organic wool', 'fair trade', 'vegan options'], ['recycled', 'organic cotton', 'linen']];
const TABLE = SHOPS.flatMap((shop, i) => [shop, shop.toLowerCase(), ...MATERIALS[i]]);
const FOOT = ['Previous', 'Coastal Walks in Winter', 'Next', 'About Me', 'Contact', 'Privacy Policy'];

describe('main-text recall: a table of words one cell a line', () => {
  it('keeps a table of lower-case cells that repeat under the last paragraph', () => {
    const page = ['Harbor Threads', 'Small and fair clothing shops', ...INTRO, ...TABLE, ...FOOT].join('\n');
    const kept = articleLines(page);
    for (const line of TABLE) expect(kept, line).toContain(line);
    for (const line of FOOT) expect(kept).not.toContain(line);
  });

  it('leaves out a tag list and a footer menu under the article', () => {
    const tags = ['clothing', 'fair trade', 'linen', 'wool', 'denim', 'cotton', 'shopping', 'travel', 'simplicity', 'hemp', 'recycling', 'packaging', 'sewing', 'mending', 'laundry', 'dyes', 'rivers', 'mills', 'labels', 'gifts', 'winter', 'summer'];
    const menu = ['Home', 'Blog', 'Shop', 'Travel Guides', 'Packing Lists', 'Recipes', 'Gardening', 'Photography', 'Books', 'Podcasts', 'Mailing List', 'Work With Me', 'Press', 'Events', 'Courses', 'Coaching', 'Gift Cards', 'Careers', 'Help', 'Sitemap', 'Accessibility'];
    const page = ['Harbor Threads', 'Small and fair clothing shops', ...INTRO, 'Tags', ...tags, ...menu, ...FOOT].join('\n');
    const kept = articleLines(page);
    for (const line of [...tags, ...menu]) expect(kept).not.toContain(line);
  });
});
