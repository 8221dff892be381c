/**
 * The text path's byline on a personal site when nothing else names anyone: the copyright line at the
 * page's foot holds its owner's name ("© 2025 Ottilie Brenner. All rights reserved.",
 * lib/bylines/site-owner.ts). A firm's or a school's name there is no person's, nor is a line of the
 * article that speaks of a copyright.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const page = (foot: string) => `Home\nPosts Notes About\nSearch\nNotes on a slow garden\nMarch 4, 2025\n${PROSE}\n${PROSE}\n${PROSE}\nContact\nFeeds\n${foot}`;

describe("text bylines: a personal site's copyright line", () => {
  it("reads the owner's name the copyright line at the foot gives", () => {
    expect(article(page('© 2025 Ottilie Brenner. All rights reserved.')).record.author).toBe('Ottilie Brenner');
    expect(article(page('© Copyright 2011-2025 Ottilie Brenner')).record.author).toBe('Ottilie Brenner');
    expect(article(page('Copyright © 2025 Ottilie Brenner · Privacy · Terms')).record.author).toBe('Ottilie Brenner');
  });

  it("a firm's name, a name of one or three words, or words the page writes in lower case are no owner", () => {
    for (const foot of ['© 2025 Brenner Garden Supplies. All rights reserved.', '© 2025 Brenner. All rights reserved.', '© 2025 Harbour Ltd', '© 2025 Harbour University', '© Harbour Int.', '© 2025 Anna Berg, LLC', '© 2025 Slow Garden. All rights reserved.', '© 2025 All Rights Reserved']) {
      expect(article(page(foot)).record.author).toBeNull();
    }
  });

  it('a byline the page gives wins over the copyright line', () => {
    const text = `Home\nNotes on a slow garden\nBy Li Wei\nMarch 4, 2025\n${PROSE}\n${PROSE}\n${PROSE}\nContact\n© 2025 Ottilie Brenner. All rights reserved.`;
    expect(article(text).record.author).toBe('Li Wei');
  });
});
