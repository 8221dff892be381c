/**
 * The text path's byline when a list of teasers stands over the headline, each with its own "by …"
 * line, and the article's writer is named under the headline, over its stamp, with no label.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const teasers = [
  'Latest guides',
  'The best harbour walks in 2026',
  'Our pick of the coastal paths to try this spring, from short loops to whole-day hikes.',
  'by Tomas Reyne',
  'November 4, 2025',
  'The best tide tables for sailors',
  'Mira Okon rounds up the tide apps and printed tables our readers trust most.',
  'by Mira Okon',
  'Advertisement',
];

describe('text bylines: teasers over the headline', () => {
  it('the name under the headline, over the article\'s stamp, outranks a teaser\'s "by" above it', () => {
    const text = [...teasers, 'Harbor Gazette / Guides / A first guide to reading tide tables', 'A first guide to reading tide tables', 'How to read the tide tables for your local harbour.', 'Lena Vostrik', '12 March 2024 / 09:15 CET', PROSE, PROSE, PROSE].join('\n');
    expect(article(text).record.author).toBe('Lena Vostrik');
  });

  it('a labelled byline over the headline stays when no name stands under it', () => {
    const text = ['Menu', 'Home', 'By Tomas Reyne', 'A first guide to reading tide tables', '12 March 2024', PROSE, PROSE, PROSE].join('\n');
    expect(article(text).record.author).toBe('Tomas Reyne');
  });

  it('reads the stamp a page shows twice run together ("… CET12 March 2024 …") as the date line beside the name, under teasers', () => {
    const text = [...teasers, 'A first guide to reading tide tables', 'How to read the tide tables for your local harbour.', 'Lena Vostrik', '12 March 2024 / 09:15 CET12 March 2024 / 09:15 CET', PROSE, PROSE, PROSE].join('\n');
    expect(article(text).record.author).toBe('Lena Vostrik');
  });
});
