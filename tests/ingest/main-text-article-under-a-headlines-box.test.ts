/**
 * "Most read" / four other stories' headlines, with no summary between them / the article's next
 * paragraph / its sub-heading / its paragraphs: a box of headlines alone the page set inside the
 * article, which goes on under it in paragraphs, two in a row. A box of other stories sets each
 * summary under its own headline, never two summaries in a row, so a box whose headlines alone are
 * followed by one summary and more teasers stays a box. Invented pages; the first case failed before
 * its fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const ABOVE = [
  'The lighthouse on the northern cape will be handed over to a local trust next spring, ending more than a century in which the coastguard kept it lit and painted.',
  'Volunteers from the village have promised to open the tower to visitors on weekends, and the trust hopes to turn the keeper’s cottage into a small museum of the coast.',
  'The coastguard said the light itself would keep shining, run from a control room in the harbour town forty miles away, as it has been since the last keeper left.',
  'The handover was agreed after two years of talks between the trust, the council and the coastguard, which had feared that the cost of upkeep would fall on the taxpayer.',
  'Under the agreement the trust takes on the tower, the cottage and the walled garden, while the coastguard keeps the right to reach the light at any hour of the day.',
  'The chairman of the trust, a retired fisherman who grew up within sight of the tower, said the village had waited a long time for the chance to look after it.',
  'Local schools have already asked whether their pupils can visit the lamp room, and the trust says it will offer guided tours to classes free of charge every term.',
  'Fishermen in the harbour welcomed the news, saying the tower had guided their fathers and grandfathers home and deserved better than to be sold off as a holiday let.',
  'The council will keep the car park at the foot of the cape open all year, and a new path along the cliff is due to be finished before the first visitors arrive in the spring.',
];
const HEADLINES = ['Ferry fares to rise again in the new year', 'Storm closes the coast road for a second night', 'Harbour market wins its fight to stay open', 'New bus timetable for the islands'];
const RESUMES = 'Repairs to the tower’s roof and windows are expected to cost about two hundred thousand pounds, which the trust plans to raise through grants and a public appeal.';
const SUBHEADING = 'What happens to the keeper’s cottage';
const BELOW = [
  'The cottage has stood empty for eleven years, and surveyors found damp in every room, although the original stone floors and the kitchen range have survived intact.',
  'The trust wants to show the keepers’ logbooks there, which record every ship that passed the cape in storms and fog since the light was first lit in the last century.',
  'Residents will be asked for photographs and letters from the families who lived at the lighthouse, so that the museum can tell their story as well as the ships’.',
];

describe('the article going on under a box of headlines set inside it', () => {
  it('keeps the paragraph under the headlines and what follows it, and leaves the box out', () => {
    const page = ['Lighthouse to be handed to village trust', ...ABOVE, 'Most read', ...HEADLINES, RESUMES, SUBHEADING, ...BELOW, 'Share this article', 'Facebook', 'Twitter'].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(expect.arrayContaining([...ABOVE, RESUMES, SUBHEADING, ...BELOW]));
    for (const h of HEADLINES) {
      expect(kept).not.toContain(h);
      expect(why.get(h)).toMatch(/headlines set inside the article/);
    }
  });

  it('keeps it with no paragraph right above the box (a picture, its credit)', () => {
    const page = ['Lighthouse to be handed to village trust', ...ABOVE, 'Photo: Harbour Press', 'Most read', ...HEADLINES, RESUMES, SUBHEADING, ...BELOW, 'Share this article', 'Facebook'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(expect.arrayContaining([RESUMES, SUBHEADING, ...BELOW]));
  });

  it('keeps it under headlines that ask or exclaim, and under a long headline with no full stop', () => {
    const asking = ['Will the ferry run all winter?', 'Best coastal walks for families!', 'Council says the coast road could stay shut for the rest of the month as engineers inspect the wall', HEADLINES[0]];
    const page = ['Lighthouse to be handed to village trust', ...ABOVE, 'Most read', ...asking, RESUMES, SUBHEADING, ...BELOW, 'Share this article', 'Facebook'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(expect.arrayContaining([RESUMES, SUBHEADING, ...BELOW]));
    for (const h of asking) expect(kept).not.toContain(h);
  });

  it('does not take a summary for the article when the box goes on in headlines and summaries', () => {
    const summaries = [
      'The operator blamed the price of fuel and said the cheaper winter tickets for islanders would stay, although only on the morning and evening crossings to the mainland.',
      'Council engineers will inspect the sea wall at first light, and drivers have been told to use the inland route through the hills until the road is declared safe again.',
    ];
    const page = ['Lighthouse to be handed to village trust', ...ABOVE, RESUMES, 'Most read', ...HEADLINES.slice(0, 3), summaries[0], HEADLINES[3], summaries[1], 'About us', 'Contact'].join('\n');
    const { kept } = chooseArticle(page);
    for (const s of summaries) expect(kept).not.toContain(s);
  });
});
