/**
 * Where the text path's article starts when a box of short lines (a guide's top picks with their
 * shops' buttons, a table of contents the article does not repeat) stands between its opening
 * paragraphs and the rest: weighed alone, the opening lost against the box, and the run started
 * under it, the opening dropped as "page header far above the first paragraph". Pages written here:
 * the first and the last failed before the rule; the second holds that a standfirst (one line of
 * prose under the headline) is still no opening, the third and fourth that other stories' teasers are none, nor a box headed as other stories.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { chooseArticle } from '../helpers/main-text.ts';

const MENU = ['Home', 'Reviews', 'Guides', 'Deals', 'Newsletter'];
const HEADLINE = 'The Best Kettles for a Small Kitchen';
const OPENING = [
  'A kettle is the one appliance most of us use every single day, so it is worth choosing one that boils quickly, pours cleanly and does not take up half of the worktop.',
  'We boiled more than two thousand litres of water in twenty kettles over six months, timing each one, measuring its noise and checking how hot its handle got after a long day of use.',
];
const PICK = (label: string, name: string, rating: string) => [label, name, rating, 'Check price at Shopmart', 'Check price at Homeplace', 'READ MORE ↓'];
const PICKS = [
  'Our top picks',
  ...PICK('Best overall', 'Brightwell Compact 1.2', '4.8'),
  ...PICK('Best budget', 'Kessel Mini', '4.5'),
  ...PICK('Best for tea', 'Steepwise Variable', '4.6'),
  ...PICK('Best cordless', 'Pourfect Go', '4.4'),
  ...PICK('Best large', 'Brightwell Family 1.7', '4.3'),
];
const SECTIONS = ['How we tested', 'What to look for', 'Cleaning and descaling', 'Why you should trust us'];
const paragraph = (topic: string) =>
  `${topic} matters more than the wattage printed on the box, and it is where the kettles we tried differed most. We filled each one to the line, boiled it ten times in a row and wrote down what a person standing next to it would notice, which is what this part of the guide sums up for anyone choosing one.`;
const BODY = SECTIONS.flatMap((s) => [s, paragraph(s), `Most owners told us the same about ${s.toLowerCase()}: a kettle that does the small things well is the one they kept using long after the novelty of the others wore off.`]);
const FOOTER = ['About us', 'Contact', 'Privacy policy'];

describe('main-text: the article’s opening above a box of top picks or contents', () => {
  it('starts at the opening under the byline, leaves the box between out and reports it', () => {
    const page = [...MENU, HEADLINE, 'By Ann Lee', 'Updated March 3, 2025', ...OPENING, ...PICKS, ...BODY, ...FOOTER].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept.slice(0, 2)).toEqual(OPENING);
    expect(kept).toContain(paragraph(SECTIONS[0]));
    for (const line of ['Our top picks', 'Brightwell Compact 1.2', 'Check price at Shopmart']) {
      expect(kept).not.toContain(line);
      expect(why.get(line)).toMatch(/^inside the article/);
    }
    const { record, body } = article(page);
    expect(record.title).toBe(HEADLINE);
    expect(body.startsWith(OPENING[0])).toBe(true);
    expect(body).not.toContain('Kessel Mini');
  });

  it('leaves a standfirst of one line above the box where it was', () => {
    const standfirst = 'Twenty kettles, six months of boiling and one clear winner for a kitchen where every inch of the worktop counts.';
    const page = [...MENU, HEADLINE, standfirst, ...PICKS, ...BODY, ...FOOTER].join('\n');
    expect(chooseArticle(page).kept).not.toContain(standfirst);
  });

  it('takes no teasers (a headline between two summaries) for an opening', () => {
    const teasers = [
      'Our tester spent a month with the newest espresso machines on the market and found that the cheapest one made the best cup of all of them by far, which surprised everyone in the office who had paid a lot more for theirs.',
      'The Quiet Dishwasher That Won Our Test',
      'Six dishwashers ran through a hundred loads in our kitchen, and only one of them stayed quiet enough to hold a conversation next to it while it worked, even on the longest and hottest programme it offers.',
    ];
    const page = [...MENU, HEADLINE, ...teasers, ...PICKS, ...BODY, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    for (const t of teasers) expect(kept).not.toContain(t);
    expect(kept).toContain(paragraph(SECTIONS[0]));
  });

  it('does not reach over a box headed as other stories', () => {
    const related = ['You may also like', ...PICKS.slice(1)];
    const page = [...MENU, HEADLINE, ...OPENING, ...related, ...BODY, ...FOOTER].join('\n');
    expect(chooseArticle(page).kept).not.toContain(OPENING[0]);
  });

  it('reads the stamp that stands in the box under the opening as the article’s', () => {
    const page = [...MENU, HEADLINE, ...OPENING, 'Posted on', 'Nov 21, 2018', 'Written by', 'Ann Lee', ...PICKS, ...BODY, ...FOOTER].join('\n');
    expect(chooseArticle(page).kept.slice(0, 2)).toEqual(OPENING);
    const { record } = article(page);
    expect(record.date?.date).toBe('2018-11-21');
    expect(record.title).toBe(HEADLINE);
  });
});
