/**
 * A guide that writes in lists ends with lists too: "What a fair contract includes" over five items,
 * "Warning signs" over five more, and nothing but the page's buttons under them. Each item is a
 * short line with no full stop, so it weighed against the run, which ended on the last paragraph
 * and left the closing lists out. Items in sentence case under a sub-heading, on a page whose
 * article already wrote such a list, go on with the article. Small pages written here; the first
 * case failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';

const INTRO = [
  'Hiring a firm to look after your garden sounds simple, but prices vary a great deal and the cheapest offer is rarely the one that saves you money over a whole season of mowing, pruning and planting.',
  'We asked a dozen gardeners how they price their work, what a fair agreement should hold and which promises should make you walk away, and their answers were more alike than we expected.',
];
const FIRST_LIST = ['What a fair agreement holds', 'Visits: how often the crew comes and for how long', 'Scope: which beds, hedges and lawns are covered', 'Waste: who takes away the cuttings and the soil', 'Notice: how many weeks either side must give'];
const MIDDLE = 'Most gardeners we spoke to charge by the visit rather than by the hour, because a fixed price is easier for both sides to plan around, and they adjust it once a year when the season starts again.';
const CLOSING_LISTS = [
  'Warning signs to watch for',
  'A price given over the phone without a visit',
  'No written list of the work to be done',
  'Payment asked for the whole year in advance',
  'Refusal to say who will actually do the work',
  'Plants bought without a receipt you can see',
  'Before you sign',
  'Ask for the names of two past customers',
  'Walk the garden with the gardener once',
  'Agree on what happens when it rains for a week',
];
const FOOT = ['Share this post', 'Facebook', 'Privacy policy'];

describe('main-text: lists that close the article', () => {
  it('keeps the closing lists of an article that writes in lists', () => {
    const page = ['Menu', 'How Much Should a Gardener Cost?', 'By Jane Smith', ...INTRO, ...FIRST_LIST, MIDDLE, ...CLOSING_LISTS, ...FOOT].join('\n');
    const kept = articleLines(page);
    for (const line of CLOSING_LISTS) expect(kept).toContain(line);
    for (const line of FOOT) expect(kept).not.toContain(line);
  });

  it('does not take a list of other stories in sentence case under an article that wrote no list', () => {
    const others = ['Council votes to keep the old market hall open', 'Rain delays the harvest on farms across the valley', 'New bus line links the station and the hospital', 'School choir wins a prize at the spring festival'];
    const page = ['Menu', 'How Much Should a Gardener Cost?', 'By Jane Smith', ...INTRO, MIDDLE, 'Elsewhere in the county', ...others, ...FOOT].join('\n');
    expect(articleLines(page)).toEqual([...INTRO, MIDDLE]);
  });

  it('does not cross a call to action into what follows', () => {
    const promo = ['Subscribe to our newsletter', 'A plan drawn for your plot each spring', 'A price range for each job we list', 'A calendar for the whole of the year'];
    const page = ['Menu', 'How Much Should a Gardener Cost?', 'By Jane Smith', ...INTRO, ...FIRST_LIST, MIDDLE, ...promo, ...FOOT].join('\n');
    expect(articleLines(page)).not.toContain('A plan drawn for your plot');
  });
});
