/**
 * Main-text precision: a note on the site's affiliate links at the top of the article ("We may earn a
 * commission from links on this page…") reads as prose, so the run takes it in; it is the site's
 * furniture, left out with the reason reported. The same words further into the article (a guide to
 * affiliate programmes) are its own. Invented pages; the opening cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const HEAD = 'The best rain jackets for walkers this winter\nMarch 3, 2026';
const A1 = 'A good rain jacket keeps you dry on a long walk without making you sweat, and the best of this year’s models manage both for well under the price of last year’s.';
const A2 = 'We walked the coast path in each of the twelve jackets over a wet month, noting how long each one kept the rain out and how it felt after the fifth hour.';
const A3 = 'The winner is light enough to fold into a pocket, and its hood stays put in a strong wind, which most of the others could not manage on the cliffs.';

describe('main-text precision: a note on affiliate links at the top of the article', () => {
  it('leaves out the note above the first paragraph', () => {
    const note = 'We may earn a commission from links on this page, but we only recommend products we have tested ourselves.';
    const { kept, why } = chooseArticle(`${HEAD}\n${note}\n${A1}\n${A2}\n${A3}`);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(note)).toMatch(/affiliate/);
  });

  it('leaves out a two-line note under a short label', () => {
    const note1 = 'Some links on this page are affiliate links, so the magazine may earn a commission at no cost to you.';
    const note2 = 'Read our disclosure page for more on how we choose what to review.';
    const { kept } = chooseArticle(`${HEAD}\n${note1}\n${note2}\n${A1}\n${A2}\n${A3}`);
    expect(kept.filter((l) => l !== note2)).toEqual([A1, A2, A3]);
  });

  it('keeps a paragraph on affiliate links inside the article', () => {
    const own = 'Some shops pay walking blogs for affiliate links, and a few of the brands we asked said they earn a commission on as many as a third of their sales that way.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${own}\n${A3}`);
    expect(kept).toEqual([A1, A2, own, A3]);
  });
});
