/**
 * Bylines whose parts innerText ran together in other ways than "ByJane Roe": the label in lower case
 * before the name ("byHarbor Gazette News"), and the name before the link to the author's other
 * articles ("Jane RoeView More Articles"). Each is the article's byline, and the line over it (or over
 * its deck) the headline. Small fixtures written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isAuthorLine } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { BODY } from './headline-fixture.ts';

const english = detectLanguage('The programme will fund joint laboratories and train young researchers over the next five years.');
const byline = (line: string) => isAuthorLine(line, blockFeatures(line, english));

const MENU = 'Home\nNews\nResearch\nCollege of Farming, Water and Rural Life\nCollege of Arts and Letters\nCollege of Science\nAbout';

describe('bylines run together with their label or link', () => {
  it.each(['byHarbor Gazette News', 'byJane Roe', 'Jane RoeView More Articles', 'Jane A. RoeMore Articles', 'Jane RoeView All Posts'])('"%s" is a byline', (line) => {
    expect(byline(line)).toBe(true);
  });

  it.each(['bypass the Harbor Road', 'byte Sized News', 'View More Articles', 'Rice FarmingView More Articles About Seeds', 'Farmers harvest rice twice in the valley'])('"%s" is none', (line) => {
    expect(byline(line)).toBe(false);
  });

  it('leaves the headline over its deck and a lower-case label run into the name', () => {
    const headline = 'Here’s how the valley’s farmers harvest rice twice a year';
    const page = `${MENU}\n${headline}\nSome farmers laughed at the new seed. But the second harvest paid for a school roof.\nbyHarbor Gazette News\nSeptember 23, 2024\n.\nCollege of Farming, Water and Rural Life\n${BODY}`;
    expect(article(page).record.title).toBe(headline);
  });

  it('leaves the headline over the name run into its link', () => {
    const headline = 'Valley farmers go for a second rice harvest with new seed';
    const others = ['Seed prices climb ahead of the wet season', 'October 18, 2019', 'Harvest festival returns to the valley', 'January 14, 2019', 'Council drafts a new field plan', 'March 2, 2019'].join('\n');
    const page = `Farm News\nFarm News\n${headline}\nJane RoeView More Articles\nThe new seed grows well even in the wet season\nJohn Doe November 20, 2019 12:32\nFIND YOUR NEXT TRACTOR\nChoose brand\n${others}\n${BODY}`;
    expect(article(page).record.title).toBe(headline);
  });
});
