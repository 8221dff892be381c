/**
 * Under the article's header, a list of the questions the article answers, each written again lower
 * down as its section's heading (no "Table of contents" over the list). An entry of that list is no
 * headline: the headline is the line over the article's deck and byline. (The author's role over the
 * stamp is the byline's, so the list stands right under the article's header.)
 */
import { describe, expect, it } from 'vitest';
import { titleOf } from './headline-fixture.ts';

const QUESTIONS = ['What’s the difference between rice seed for one harvest and rice seed for two?', 'Will a second harvest pay for the seed?', 'How do farmers plan the wet season?'];
const ANSWERS = [
  'A second harvest means planting again as soon as the first crop is in, with seed that grows faster in the wet season.',
  'Farmers in the valley say the second harvest paid for the new seed in its first year, and for a school roof in its second.',
  'The village council draws up a field plan each spring, so that the fields planted twice get water first.',
];

describe('text headline over a list of the article’s questions', () => {
  it('is the line over the deck and byline, not the first question of the list', () => {
    const page = [
      'Buying Guide',
      'Find an Efficient Seed That’s Right for You',
      'The experts at our farm test centre wrote this guide to help you choose a reliable and cost-effective rice seed for two harvests a year.',
      'Photo: John Doe/Valley Farm News',
      ' By Jane Roe',
      'Senior Farming Reporter',
      'Updated March 11, 2026',
      'Top Rice Questions',
      ...QUESTIONS,
      ...QUESTIONS.flatMap((q, k) => [q, ANSWERS[k]]),
    ].join('\n');
    expect(titleOf(page)).toBe('Find an Efficient Seed That’s Right for You');
  });
});
