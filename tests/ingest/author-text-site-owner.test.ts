/**
 * The text path's byline on a personal site when nothing else names anyone: the site's masthead, the
 * page's first line, is its owner's name alone (lib/bylines/site-owner.ts).
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const page = (masthead: string) => `${masthead}\nPosts Notes About\nSearch\nNotes on a slow garden\nMarch 4, 2025\n${PROSE}\n${PROSE}\n${PROSE}\nContact\nFeeds`;

describe("text bylines: a personal site's masthead", () => {
  it("reads the owner's name that heads the page", () => {
    expect(article(page('Ottilie Brenner')).record.author).toBe('Ottilie Brenner');
  });

  it('a masthead whose words the page writes in lower case is a title, no name', () => {
    expect(article(`Joint Research\nPosts Notes About\nSearch\nNotes on a slow garden\nMarch 4, 2025\n${PROSE}\n${PROSE}\n${PROSE}`).record.author).toBeNull();
  });

  it('a masthead of one word or with a label is no name', () => {
    expect(article(page('Brenner')).record.author).toBeNull();
    expect(article(page('Home Page')).record.author).toBeNull();
  });
});

describe("text bylines: a masthead that is no owner's name", () => {
  it('a link, menu entries run together, a title with an apostrophe or three words are none', () => {
    for (const masthead of ['Skip Navigation', 'LoginJoin Members', "Ottilie's Notebook", 'Harbour Mattress Makers']) {
      expect(article(page(masthead)).record.author).toBeNull();
    }
  });
});
