/**
 * A run that opens on the site's blurb, then the post's header: the headline, its deck (a sentence),
 * the author's bare name over the date. The name over the date is the byline, never the headline.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

describe('text headline over its deck and a bare name over the date', () => {
  it('is the line over the deck, not the name under it', () => {
    const page = [
      'Design',
      'Commentary',
      'Featured Blog | This community-written post highlights the best of what the farming world has to offer, and the views are the writer’s own.',
      '5 tips for no-bull rice farming',
      'Solo grower Jane Roe, formerly a field hand in the valley, explores how a second harvest changed her village.',
      'Jane Roe',
      'October 24, 2024',
      '8 Min Read',
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe('5 tips for no-bull rice farming');
  });
});
