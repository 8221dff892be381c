/**
 * The article's full header (issue 13): a headline with both a byline and a date under it, far above
 * the first paragraph (a long menu, a product table between). A line near the paragraphs that has no
 * byline or date of its own (a box's title, a table's row, a menu's entry) shares the article's words
 * as well, but a page shows the article's header once: the line over it is the headline.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'The best science programmes for young researchers in Africa fund joint laboratories and training, the ministry of science said on Tuesday in Beijing.';
const P2 = 'Each science programme on this list was tested by our team of researchers for a year, with laboratories visited in twelve countries of Africa.';
const P3 = 'Officials said the first laboratories of the programmes would open in Nairobi and Addis Ababa next spring, with more to follow in the west of Africa.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
/** Fifty entries of a site's menu, a word or three each. */
const MENU = Array.from({ length: 50 }, (_, i) => ['Physics', 'Biology', 'Chemistry', 'Space', 'Health', 'Earth', 'Energy', 'Climate', 'Oceans', 'Computing'][i % 10] + ` Guide ${i + 1}`).join('\n');

describe('a headline over the article’s full header', () => {
  it('wins over a box’s title near the paragraphs that has no byline or date of its own', () => {
    const page = `Best Science Programmes for Young Researchers in Africa\nBy Jane Smith\nUpdated November 19, 2019\n${MENU}\nEverything we recommend\nTop pick\nThe best science programme for young researchers\nNairobi Laboratories Fund\n${BODY}`;
    expect(article(page).record.title).toBe('Best Science Programmes for Young Researchers in Africa');
  });

  it('is not taken from under the chosen headline: a line right under it is its standfirst', () => {
    const page = `Menu\nScience programmes for young researchers in Africa\nRead later\nThe best science programmes of the year, as selected by our researchers in Africa\nJane Smith\nNovember 19, 2019\n${BODY}`;
    expect(article(page).record.title).toBe('Science programmes for young researchers in Africa');
  });
});
