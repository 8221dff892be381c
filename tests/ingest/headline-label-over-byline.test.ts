/**
 * Headline, its deck (no full stop), then a label that ends on a colon ("Author of the article:") over
 * the author's name and the stamp: the label introduces the byline, it is no second headline between
 * the deck and the header, so the header is the headline's and its deck its standfirst. Far above the
 * article (a paywall's offers between), the pair's first line is the headline too.
 */
import { describe, expect, it } from 'vitest';
import { titleOf, BODY } from './headline-fixture.ts';

/** Breadcrumbs, the headline, its deck, the labelled byline and the stamp row. */
const HEADER = [
  'Breadcrumb links',
  'News',
  'Farming',
  "Two harvests: what we know about the valley's new seed",
  'The council drew a field plan and farmers in the valley planted rice twice a year for five years',
  'Author of the article:',
  'Jane Smith',
  'Published Nov 19, 2025 • Last updated 1 hour ago • 4 minute read',
];

describe('a label ending on a colon over the byline', () => {
  it('leaves the header to the headline over the deck', () => {
    const page = [
      ...HEADER,
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe("Two harvests: what we know about the valley's new seed");
  });

  it('leaves the header to the headline over the deck far above the article', () => {
    const offers = Array.from({ length: 12 }, (_, k) => ['Article content', `Advertisement ${k}`, 'Email Address', 'Continue', 'View more offers']).flat();
    const page = [
      ...HEADER,
      'Join the conversation',
      ...offers,
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe("Two harvests: what we know about the valley's new seed");
  });
});
