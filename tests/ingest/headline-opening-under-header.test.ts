/**
 * "Field Notes: …" / "by Amanda · Dec 20, 2025 · One comment so far" / the article's first paragraph:
 * a headline and its dated byline right over the run's opening make that paragraph the article's
 * lead, no blurb of the site. A line under it with a byline of its own (a book's title over its
 * "Author:" in a review of books) is a sub-heading of the article, not its headline. Page written for the test.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const HEADLINE = 'Field Notes: Gothic Romance, Magical Realism, & More';
const OPENING = 'Field Notes aims to highlight other books that we may hear about through friends, social media, or other sources. We could see a gorgeous ad! Or find a new-to-us author at the library. Here are the ones we found this month.';
const PAGE = [
  'BOOK FINDER',
  'HIDE YOUR WALLET',
  HEADLINE,
  'by Amanda · Dec 20, 2025 at 3:00 am · One comment so far',
  OPENING,
  'Valley Rice Twice',
  'Author: Jane Roe',
  'Released: June 17, 2025 by Valley Books',
  'Genre: Farming, Village Life',
  'Farmers in the valley have started to harvest rice twice a year, using seed that grows faster in the wet season and a field plan drawn up by the village council, and Valley Rice Twice tells how.',
  'The change came slowly. The first farmers to try the new seed near the village were laughed at, until their second harvest paid for a new school roof.',
  'Now most of the rice fields in the valley are planted twice, and the village council says incomes have doubled in five years.',
].join('\n');

describe('a run that opens under the article’s headline and dated byline', () => {
  it('keeps that headline, and its opening paragraph in the article', () => {
    const { record } = article(PAGE);
    expect(record.title).toBe(HEADLINE);
    expect(record.paragraphs.map((p) => p.text)).toContain(OPENING);
  });
});
