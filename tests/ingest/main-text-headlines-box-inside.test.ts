/**
 * "Related stories" / three other stories' headlines, with no summary between them / the article's
 * last paragraph / share buttons: a box of headlines the page set inside the article, above the
 * paragraph that closes it. The article goes on under it; the box is left out with its reason. A box
 * whose headlines each stand over their own summary is not taken for one. Invented pages; the first
 * case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const P = [
  'A total of six thousand surgical masks have gone missing from a hospital in the port city, its managers said on Tuesday, and the police have been asked to look into the loss.',
  'The masks were kept in a store room on the third floor, which staff said was locked every night, and the loss was found during a routine count of the hospital’s supplies last week.',
  'The hospital said it still had enough masks for its own doctors and nurses, but that it had stopped handing them out to visitors until the missing boxes were found or replaced.',
  'Police officers questioned cleaners and delivery drivers on Monday and took away the store room’s entry records, a spokesman for the city’s police force told reporters.',
  'The hospital’s director said the loss would not delay any operations, since a supplier in the north had promised to send twenty thousand masks before the end of the week.',
  'Unions representing the nurses asked the managers to install cameras in every store room, saying they had warned about the unlocked back door of the building for months.',
  'Two other hospitals in the region checked their own stores after the news broke, and one of them said that several boxes of gloves could not be accounted for either.',
];
const LAST = 'The loss comes at a time when the country is seeing a shortage of face masks, with shops across the region selling out within minutes of every new delivery.';
const HEADLINES = ['Do masks protect you from the new virus? It depends', 'Hoarding sends mask prices soaring across the region', 'Man arrested after buying up face masks at the border'];

describe('a box of headlines set inside the article, above its last paragraph', () => {
  it('keeps the paragraph under the box and leaves the box out', () => {
    const page = ['Hospital loses six thousand masks', ...P, 'Related stories', ...HEADLINES, LAST, 'Twitter', 'Facebook', 'LinkedIn', 'Mail the editor'].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(expect.arrayContaining([...P, LAST]));
    for (const h of HEADLINES) {
      expect(kept).not.toContain(h);
      expect(why.get(h)).toMatch(/headlines set inside the article/);
    }
  });

  it('does not take a box whose headlines each stand over a summary for one inside the article', () => {
    const summaries = [
      'Scientists in four countries tested eleven kinds of mask on volunteers and found that fit mattered more than the material they were made of.',
      'Prices for a box of fifty masks have tripled since January, and the consumer agency has received more than two hundred complaints about shops.',
    ];
    const page = ['Hospital loses six thousand masks', ...P, LAST, 'Related stories', HEADLINES[0], summaries[0], HEADLINES[1], summaries[1], 'Twitter', 'Facebook'].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(expect.arrayContaining([...P, LAST]));
    for (const line of [HEADLINES[0], HEADLINES[1], ...summaries]) expect(why.get(line) ?? '').not.toMatch(/headlines set inside the article/);
  });

  it('does not take the last headline’s summary for the article when another headline follows it', () => {
    const summary = 'Our guide to the masks that fit best, with the models our readers liked after a month of wearing them on buses and trains every day.';
    const page = ['Hospital loses six thousand masks', ...P, 'Related stories', ...HEADLINES.slice(0, 2), summary, 'Ten easy ways to make a mask last longer', 'Share this article'].join('\n');
    const { why } = chooseArticle(page);
    expect(why.get(summary) ?? '').not.toBe('');
  });
});
