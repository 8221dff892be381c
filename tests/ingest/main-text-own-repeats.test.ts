/**
 * A paragraph the article itself shows twice (once in its "Key facts" box, once under a sub-heading
 * further down) is the article's: both copies stand inside the article, so neither is site furniture
 * (a blurb in the top and the bottom navigation has a copy outside it). Dedupe keeps one copy. A
 * paragraph shown once inside the article and once outside it is still furniture, and so is one shown
 * twice in a row with no paragraph between (a photo gallery's blurb over and under its "Caption"
 * button). Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const P1 = 'The city council voted on Tuesday to rebuild the old river bridge within four years, ending a debate about the crossing that had lasted for more than a decade and split the council along party lines.';
const P2 = 'The bridge, built in 1911, was closed to lorries three years ago after engineers found cracks in two of its piers, and traffic has since crowded the two other crossings in the town centre every morning.';
const P3 = 'Engineers will first build a temporary crossing beside the old bridge, so that buses and bicycles can keep using the route while the piers and the deck are taken down and rebuilt in stages.';
const P4 = 'The council will ask residents in the spring to choose between three designs for the new deck, and the winning design will be announced at a public meeting before the summer holidays begin.';
const P5 = 'Shop owners on both banks said they welcomed the decision but asked the council to keep the works short, since many of their customers already avoid the town centre because of the traffic.';
const KEY = 'The new bridge will cost about 40 million euros, most of it paid by the region.';

describe('a paragraph the article shows twice', () => {
  it('is kept when both copies stand inside the article', () => {
    const page = ['Council votes to rebuild the river bridge', P1, 'Key facts', KEY, 'Background', P2, P3, 'How it will be paid for', KEY, 'What comes next', P4, P5, 'Share this story'].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toContain(KEY);
    expect(why.get(KEY)).toBeUndefined();
    expect(kept).toEqual(expect.arrayContaining([P1, P2, P3, P4, P5]));
  });

  it('is still furniture when a copy stands outside the article', () => {
    const blurb = 'Riverside Daily is the independent newspaper of the valley, published every morning since 1921 by its readers.';
    const page = ['Riverside Daily', blurb, 'Home', 'News', 'Council votes to rebuild the river bridge', P1, P2, P3, 'About us', blurb, P4, P5, 'Contact', 'Advertise'].join('\n');
    expect(chooseArticle(page).why.get(blurb)).toMatch(/more than once/);
  });

  it('is still furniture when its copies come in a row, with no paragraph between (a gallery blurb)', () => {
    const blurb = 'Built in 1911, the bridge is famous for its stone piers and the iron railings added to it after the war.';
    const page = ['Council votes to rebuild the river bridge', P1, P2, 'Inside the old bridge', 'View Photos', blurb, 'Caption', blurb, 'Buy Photo', P3, P4, P5, 'Share this story'].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).not.toContain(blurb);
    expect(why.get(blurb)).toMatch(/more than once/);
  });
});
