/**
 * A run that opens on the article's header: a long headline, its deck, "By" alone on its line, the
 * author's name and biography, then the stamp and the article. The headline's words are the
 * article's, under the byline, not its deck's: it is the headline still. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const HEADLINE = 'A Council Just Named the 20 Best Valleys to Farm Rice in the Region—and This One Just Ranked No. 1 (Again)';
const PARAGRAPHS = [
  'The river valley topped the council’s annual ranking of the best valleys for rice farmers for the fifth year in a row.',
  'Valleys in the east took most of the upper places, seven of the first ten farming districts on the list.',
  'While some farmers dream of a quiet life on a hill farm, others want the busy market towns and the long canals of the river valley.',
  'In December, the regional farming council published a report on the twenty best valleys to farm rice, based on water, soil and prices.',
].join('\n\n');
const page = [
  'Harbor Travel', 'News', 'Seed Deals', 'Where to Farm', 'See All Farm News', 'BEST PLACES TO FARM IN 2025', 'About Us', 'Meet Our Team', 'Subscribe',
  HEADLINE, 'Spend your working years in the wettest corner of the country.', 'By', 'Jane Ann Roe', 'Jane Ann Roe',
  'Jane Ann Roe is a journalist with ten years of experience, much of it spent covering the way farmers live and work.',
  'Harbor Travel Editorial Guidelines', 'Published on January 12, 2026', 'Close', 'A terrace above the water at dawn. Credit:', 'Tomas Lind/Harbor Images',
  PARAGRAPHS,
].join('\n');

describe('a headline over its deck and a byline label, at the run’s start', () => {
  it('is the headline', () => {
    expect(article(page).record.title).toBe(HEADLINE);
  });
});
