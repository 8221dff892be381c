/**
 * Main-text precision: under a box heading after a short article ("You may also like"), other
 * stories' summaries, each followed by the same row of buttons, are a box of other stories: left out
 * with their reason, however short the article above them. Invented page; failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const ARTICLE =
  'A ferry operator on the northern coast has cut two of its winter routes, saying too few passengers used them last season to pay for the fuel and the crews, and residents of the smaller islands said the decision would leave them with one crossing a day.';
const SUMMARIES = [
  'The harbour town voted on Tuesday to rebuild its old pier, which a storm damaged two winters ago, and the work should start before the summer season begins.',
  'The island school reopened after the storm damage was repaired, and the pupils who had crossed to the mainland for their lessons are back in their own classrooms.',
  'The fishing fleet warned that the quota cuts planned for next year would cost the coast hundreds of jobs, and asked the ministry to delay them by a season.',
];
const BUTTONS = 'Share Pin Download';

describe('main-text precision: summaries with their buttons under a box after a short article', () => {
  it('leaves out the summaries, each followed by the same buttons', () => {
    const page = `Ferry routes cut\nMarch 3, 2026\n${ARTICLE}\nFerries, Islands\nYou may also like\n${SUMMARIES.flatMap((s) => [s, BUTTONS]).join('\n')}\nAbout us\nContact`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual([ARTICLE]);
    for (const s of SUMMARIES) expect(why.get(s)).toMatch(/after the article|box of other stories/);
  });

  it('keeps paragraphs that go on under a box heading with nothing repeated between them', () => {
    const page = `Ferry routes cut\nMarch 3, 2026\n${ARTICLE}\nYou may also like\n${SUMMARIES.join('\n')}\nAbout us\nContact`;
    expect(chooseArticle(page).kept.filter((l) => l !== 'You may also like')).toEqual([ARTICLE, ...SUMMARIES]);
  });
});
