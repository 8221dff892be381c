/**
 * "Guest author Anna Berg": the label a blog gives a writer from outside, read as "Author" is.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const head = ['Menu', 'Home', 'Daily tidying: ten minutes a day keeps the clutter away', 'March 3, 2025'];

describe('text bylines: a guest author\'s label', () => {
  it('reads the name after "Guest author" closing the article, over the note on her', () => {
    const note = 'Anna Berg is a writer of home and garden guides for several blogs, and a mother of two who loves tidy rooms.';
    const text = [...head, PROSE, PROSE, PROSE, 'Guest author Anna Berg', 'Author Bio', note, 'Simple Living', 'About', 'Newsletter'].join('\n');
    expect(article(text).record.author).toBe('Anna Berg');
  });

  it('reads it in the header too, with a colon or not', () => {
    expect(article([...head.slice(0, 3), 'Guest Author: Anna Berg', 'March 3, 2025', PROSE, PROSE, PROSE].join('\n')).record.author).toBe('Anna Berg');
  });
});
