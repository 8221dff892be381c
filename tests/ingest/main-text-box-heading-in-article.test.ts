/**
 * Main-text recall: "Popular garden projects this year include:" right under a paragraph is a clause
 * that introduces the article's own list, though it opens on a box heading's word; its items in
 * sentence case (no full stop) are kept. "Related stories" alone over headlines is still a box.
 * Invented page; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const P = [
  'Gardeners who planted their tulips late this autumn need not worry too much, the society’s head gardener said, as long as the ground has not yet frozen hard.',
  'Bulbs planted in December often flower a week or two later than the rest, but they flower all the same, and a thick layer of leaves keeps the worst of the frost off them.',
  'The society will hold its spring show in the old market hall in April, with classes for tulips, daffodils and the small early irises that many members grow in pots.',
  'Entries close at the end of March, and the judges have asked that every pot carry a label with the variety’s name and the year in which it was planted.',
  'The hall will be open to visitors on both days of the show, and the society’s members will sell seedlings, bulbs and cuttings from their own gardens at the door.',
];

describe('main-text recall: a box heading\'s word that introduces the article\'s list', () => {
  it('keeps a list the article introduces with a box word', () => {
    const items = ['Raised beds with built-in seating', 'Water butts that fill from the gutter', 'Cold frames made from old windows', 'Paths of gravel instead of grass'];
    const page = ['Harbor Gazette', 'Late tulips will still flower', 'By Ann Reed', P[0], P[1], 'Popular garden projects this year include:', ...items, P[2], P[3], P[4], 'Share this article'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(expect.arrayContaining(items));
  });

  it('still leaves out the headlines under a "Related stories" heading', () => {
    const box = ['Council Votes to Close the Old Library', 'Storm Damage Shuts the Coast Road for a Week', 'Harbour Festival Returns After Three Years'];
    const page = ['Harbor Gazette', 'Late tulips will still flower', 'By Ann Reed', P[0], P[1], 'Related stories', ...box, P[2], P[3], P[4], 'Share this article'].join('\n');
    const { kept } = chooseArticle(page);
    for (const headline of box) expect(kept).not.toContain(headline);
  });

  it('still leaves out a box\'s label with a colon over sentence-case headlines', () => {
    const box = ['Council votes to close the old library', 'Storm damage shuts the coast road for a week', 'Harbour festival returns after three years'];
    const page = ['Harbor Gazette', 'Late tulips will still flower', 'By Ann Reed', P[0], P[1], 'Related stories:', ...box, P[2], P[3], P[4], 'Share this article'].join('\n');
    const { kept } = chooseArticle(page);
    for (const headline of box) expect(kept).not.toContain(headline);
  });
});
