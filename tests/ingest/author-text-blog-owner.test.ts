/**
 * The text path's byline on a personal blog titled with its owner's name ("Anna Berg's Tech Blog"),
 * when nothing else names anyone: the title in the masthead, over the headline, past a screen
 * reader's link (lib/bylines/site-owner.ts, blogTitleOwner).
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE, rules } from './helpers.ts';
import { blogTitleOwner } from '../../scripts/ingest/lib/bylines/site-owner.ts';

const page = (masthead: string) => `Skip to content\n${masthead}\nHome\nProjects\nNotes on a slow garden\nMarch 4, 2025\n${PROSE}\n${PROSE}\n${PROSE}\nContact\nFeeds`;

describe("text bylines: a blog's title names its owner", () => {
  it("reads the owner's name before the possessive, under a screen reader's link", () => {
    const read = article(page("Ottilie Brenner's Tech Blog"));
    expect(read.record.author).toBe('Ottilie Brenner');
    expect(rules(read.report)).toContain('byline-blog-owner');
    expect(article(page('Jonas K. Weller’s garden blog')).record.author).toBe('Jonas K. Weller');
  });

  it('a first name alone, no blog word, an outlet, a title under the headline or a name in lower case elsewhere is none', () => {
    expect(article(page("Ottilie's Blog")).record.author).toBeNull();
    expect(article(page("Ottilie Brenner's Notebook")).record.author).toBeNull();
    expect(blogTitleOwner(['Daily Times’s Blog', 'Headline'], 1, new Set())).toBeNull();
    expect(blogTitleOwner(['Headline', "Ottilie Brenner's Blog"], 0, new Set())).toBeNull();
    expect(blogTitleOwner(["Garden Brenner's Blog", 'Headline'], 1, new Set(['garden']))).toBeNull();
  });

  it('reads only the first lines of the masthead', () => {
    expect(blogTitleOwner(['Home', 'Posts', 'About', "Ottilie Brenner's Blog", 'Headline'], 4, new Set())).toBeNull();
    expect(blogTitleOwner(['Home', "Ottilie Brenner's Blog", 'Headline'], 2, new Set())).toBe('Ottilie Brenner');
  });
});
