/**
 * Main-text recall: a box of other stories set inside a long article ("Related:" over two headlines),
 * and under it the article going on in run-in labels, each over its paragraph ("At work:" / a
 * paragraph / "On holiday:" / a paragraph). The box took everything under it up to two paragraphs in
 * a row, so the labelled paragraphs went as teasers' summaries. A box's teasers stand under
 * headlines, never two in a row under labels that end on a colon (the first label, right under the
 * headlines, still goes with them). Invented page; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const OPENING = [
  'Cutting down on rubbish at home starts in the kitchen, where most households throw away the bulk of their packaging every week without a second thought.',
  'Buying dry goods loose, in jars brought from home, removes most of the plastic from a weekly shop, and many market stalls are happy to fill them.',
  'Compost takes care of the peelings and the coffee grounds, and a small bin under the sink is enough for a family of four if it is emptied twice a week.',
  'Cloth napkins and towels replace the paper ones, and they last for years if they are washed with the rest of the laundry rather than boiled on their own.',
  'Glass containers keep leftovers fresh for longer than plastic boxes do, and they can go from the fridge straight into the oven to warm a meal through.',
  'Once the kitchen is in order, the same habits carry over to the bathroom, where bars of soap and shampoo replace bottles that are hard to recycle.',
  'None of this needs to happen at once: most families change one habit a month, and find after a year that their bin is half as full as it was.',
  'Children take to it quickly, the families we spoke to said, and many of them turned sorting the rubbish into a game with points for every jar they filled.',
  'The savings add up as well: loose goods often cost less than packed ones, and a kitchen that wastes less food needs fewer trips to the shops each month.',
  'Outside the home the same few habits help, though they take a little planning before leaving the house, as the families described to us in turn.',
];
const LABELLED = [
  'At work:',
  'Bring lunch in a tin and a cup for coffee, and keep a set of cutlery in a desk drawer, so that the canteen’s plastic forks and paper cups stay where they are.',
  'On holiday:',
  'Pack a water bottle and a cloth bag, and refill the bottle at the fountains most towns keep in their squares, instead of buying a new one at every kiosk.',
  'At parties:',
  'Ask guests to bring their own cups, or borrow a crate of glasses from a shop that lends them, and serve food on plates that go back into the dishwasher.',
];
const BOX = ['Related:', 'Ten Easy Swaps for a Greener Bathroom', 'Why Your Recycling Bin Is Not Enough'];
const AFTER = [
  'Shopping is where the habits are tested most, since almost everything on a supermarket shelf comes wrapped in something that will be thrown away.',
  'A list written before leaving home keeps the basket to what is needed, and a few cloth bags in the car mean that no new ones are bought at the till.',
];

describe('main-text recall: the article\'s labelled paragraphs under a box inside it', () => {
  it('keeps the labels and their paragraphs, and leaves the box out', () => {
    const page = ['Green Home Journal', 'A beginner’s guide to a house without rubbish', 'By Ann Reed', ...OPENING, ...BOX, ...LABELLED, ...AFTER, 'Share this article'].join('\n');
    const { kept } = chooseArticle(page);
    // (The first label still goes with the box's headlines above it: only the paragraphs' run is judged here.)
    expect(kept).toEqual(expect.arrayContaining([...LABELLED.slice(1), ...AFTER]));
    for (const line of BOX.slice(1)) expect(kept).not.toContain(line);
  });

  it('still takes a teaser\'s summary under the box when no second label follows', () => {
    const teaser = 'Our guide to swapping plastic bottles for bars of soap and shampoo, with the brands our readers liked best after a month of testing.';
    const page = ['Green Home Journal', 'A beginner’s guide to a house without rubbish', 'By Ann Reed', ...OPENING, ...BOX, 'Bathroom guide:', teaser, 'Ten Easy Swaps for a Greener Kitchen', 'Share this article'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).not.toContain(teaser);
  });
});
