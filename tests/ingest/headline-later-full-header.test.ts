/**
 * A run that opens high on the page (a site's disclosure, a menu's descriptions) has the article's
 * headline some lines down inside it, with no paragraph between: the article's full header (a byline
 * and a date) under it, or its stamp over it. Its words are those of the paragraphs under it, not of
 * the run's opening, and its standfirst may tell the story in other words (issue 13).
 * Small pages written here, shaped as innerText gives them.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'Rain gauges on the hills above the valley filled twice in one week, and the river rose faster than at any time since the old bridge was built.';
const P2 = 'Farmers along the river moved their herds to higher fields on Monday, while volunteers stacked sandbags around the pumping station near the mill.';
const P3 = 'Engineers said the river would crest on Thursday night and that the new levee should hold, though the lower fields may flood for a few days.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
const MENU = 'Home\nNews\nWeather\nFarming\nCommunity\nAbout us\nContact';
const DISCLOSURE = 'When you subscribe through links on our pages, we may receive a small fee. This never changes what our writers choose to cover or how they report it.';

const titleOf = (page: string) => article(page).record.title;

describe('a headline down in a run that opened above it', () => {
  it('is found over its standfirst and its full header', () => {
    const headline = 'Checked! How the valley river flood defences held this week';
    const page = `${MENU}\n${DISCLOSURE}\nHome\nLocal News\nUpdated\n${headline}\nVolunteers, farmers and engineers spent a long week on the banks keeping the water out of town.\nBy Hollis Brandt\nContributor, Courier Mar 14, 2025 7:30 am PDT\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });

  it('is found over a label and a byline with its date', () => {
    const headline = '6 best flood defences for valley farms to try in 2025';
    const page = `${MENU}\n${DISCLOSURE}\nHome\nLocal News\n${headline}\nFarming & weather\nby Tamsin Okafor March 14, 2025\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });

  it('is found under its stamp, past a menu of products with their descriptions', () => {
    const headline = 'Valley River Flood Lessons from the Hills';
    const menu = [
      'News: Harrow and Tillway merge',
      'Harrow and Tillway merge',
      'Products',
      '01Plan Your Fields:',
      'Seed Planner',
      'Farm planner and app for sowing fast seasonal crops.',
      '02ASell at the Market:',
      'Market Stalls',
      'Powerful tools for stalls and markets on Tillway Cloud.',
      'Cloud',
      "Sell your seasonal crops through Harrow's market cloud.",
      '02B Sell From Your Farm:',
      'Farm Gate',
      'Open and run a farm shop from your own barn door.',
      'Shop for Cooperatives',
      'Solution for large groups of farms that sell together.',
      'Grower',
      'Guides Samples & Starter Kits Crops We Grow',
      'Forum Newsletter',
      'Journal',
      'Talk to Sales Account Login',
      'Book a Tour See Market Stalls',
      'Back',
      'Journal farming',
    ].join('\n');
    const page = `${menu}\nApril 18, 2024\n${headline}\nTamsin Okafor\nfarming river flood\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });

  it('is not a sub-heading under the article’s own header and lead', () => {
    const headline = 'Valley river rises after a week of rain';
    const sub = 'What the river flood means for farmers';
    const page = `${MENU}\n${headline}\nBy Hollis Brandt\nMarch 14, 2025\n${P1}\n\n${P2}\n${sub}\nBy Tamsin Okafor\nMarch 15, 2025\n${P3}\n\nThe farmers of the river valley said the flood would cost them a month of grazing on the lower fields this spring.`;
    expect(titleOf(page)).toBe(headline);
  });
});
