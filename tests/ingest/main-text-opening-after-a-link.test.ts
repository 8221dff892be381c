/**
 * Main-text recall: an opening sentence whose link the page set on a line of its own ("The beauty of
 * the country is its wide landscapes, its" / "seaside resorts" / ", its regional cultures and …").
 * The line under the link opens on a comma, which no sentence opens on: it goes on from the line above,
 * however short that is, and the opening starts where the sentence starts. Invented page; failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { articleLines, chooseArticle } from '../helpers/main-text.ts';

const REST = [
  'Most of the routes in this guide take a week or two by car, and each of them passes through small towns that are worth a night of their own, far from the crowds.',
  'We have grouped them by season, because the best time to drive a mountain road is not the best time to see the desert, and the coast is at its finest in the autumn.',
  'Each route lists the roads it takes, the places to stay along the way and the sights that most travellers miss, with a note on how long each part of it takes to drive.',
];

describe('main-text recall: an opening sentence broken around its link', () => {
  it('starts the article where the sentence starts, over the line that opens on a comma', () => {
    const page = [
      'Harbor Travel',
      'Plan your road trip',
      'The beauty of the country is its wide landscapes, its mountains and its',
      'seaside resorts',
      ', regional cultures and long history. Deciding where to go and what to see can be overwhelming, so we have planned the trips for you.',
      ...REST,
    ].join('\n');
    const kept = articleLines(page);
    expect(kept[0]).toBe('The beauty of the country is its wide landscapes, its mountains and its');
    expect(kept[1]).toBe('seaside resorts');
    expect(kept).not.toContain('Plan your road trip');
    for (const p of REST) expect(kept).toContain(p);
  });

  it('joins no furniture to the comma line under it', () => {
    const menu = ['Harbor Travel', 'Subscribe', ', regional cultures and long history. Deciding where to go and what to see can be overwhelming, so we have planned the trips for you.', ...REST].join('\n');
    expect(chooseArticle(menu).kept).not.toContain('Subscribe');
  });
});
