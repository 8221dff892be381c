/**
 * A page with no byline and no date near its headline (issue 13): the run of prose opens on the
 * headline, under the section's labels, over its picture's credit and its standfirst. No line scores
 * as a headline with a header under it, so the headline-shaped line that opens the run (or stands
 * right over it) is the headline.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

const HEADER = ['Home', 'News', 'Video', 'Live'];
const HEADLINE = 'Valley Farm Board: What is the board and what does it do?';
const STANDFIRST = [
  'The Valley Farm Board sets the field plan of the village council and the dates of the two rice harvests.',
  'Twice a year, it publishes the seed it advises and the fields that may be planted.',
];

describe('a headline opening the run with no header of its own', () => {
  it('is the headline, over its picture credit and its standfirst', () => {
    const page = [...HEADER, HEADLINE, 'Jane Roe/Harbor Wire', ...STANDFIRST, BODY].join('\n');
    expect(titleOf(page)).toBe(HEADLINE);
  });

  it('is the headline over a bare credit of a few words', () => {
    const page = [...HEADER, HEADLINE, 'Harbor Images', ...STANDFIRST, BODY].join('\n');
    expect(titleOf(page)).toBe(HEADLINE);
  });
});
