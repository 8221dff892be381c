/**
 * A headline over the article's full header when the byline and the date share one row, longer than a
 * byline alone ("By Jane Roe, CFP – Updated Nov. 19, 2025 at 4:10 PM | Fact-checked by John Doe"),
 * and a widget the page renders twice in place (a ticker's tabs) above it. The run main-text finds may
 * be a later part of the page (the author's box under a list of key points): the full header still
 * names the headline, and the widget's twin beside it is no copy of a headline shown over the article.
 * Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { titleOf } from './headline-fixture.ts';

const TICKER = 'Most Active StocksDaily Farm GainersDaily Farm Losers';
const HEADLINE = 'How to Plant Rice Twice a Year: A Beginner’s Guide';
const KEY_POINTS = [
  'Key Points',
  'To plant rice twice, farmers need a seed that grows fast.',
  'This guide helps you plant a small field twice a year.',
  'How it works',
  'Choosing the seed',
  'Planting twice',
  'Costs and returns',
  'Should I plant twice?',
  'FAQ',
  'Loading paragraph...',
  'Loading image...',
  'Loading paragraph...',
  'About the Author',
].join('\n');
const BIO =
  'Jane Roe, CFP, is a contributing stock market analyst who follows the most active farm stocks, the daily gainers and losers among them, and before that she ran a trading desk in one of the market towns of the north.';

describe('a headline over a byline row that carries its date', () => {
  it('is the headline, not the widget shown twice above it', () => {
    const page = [
      'Harbor Markets',
      'Rice',
      '$12.40',
      '+0.4%',
      TICKER,
      TICKER,
      'Home>',
      'Farming>',
      'Rice>',
      HEADLINE,
      'By Jane Roe, CFP – Updated Nov. 19, 2025 at 4:10 PM EST | Fact-checked by John Doe',
      'Follow usShare',
      KEY_POINTS,
      BIO,
    ].join('\n');
    expect(titleOf(page)).toBe(HEADLINE);
  });
});
