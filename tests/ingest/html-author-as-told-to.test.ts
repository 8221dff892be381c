/**
 * The HTML path's author where the byline is "Li Wei as told to Anna Berg": the teller, then the writer
 * who set the story down; the writer is the author (lib/bylines/as-told-to.ts, as the text path reads it).
 * Read in a link to the writer's profile page (lib/html/metadata/html-author-links.ts) and in a byline
 * element (lib/html/metadata/html-meta.ts), where cleaning took the two names for one and gave none, so
 * that a field's user name ("anna.berg.1232") was all the page's author.
 */
import { describe, expect, it } from 'vitest';
import { authorOfProfileLink } from '../../scripts/ingest/lib/html/metadata/html-author-links.ts';
import { article } from './helpers.ts';

const P = [
  'China and the European Union agreed on Tuesday to expand joint research on climate science, the science ministry said in a statement after talks in Brussels.',
  'Under the plan, universities in both regions will share data from ocean observation stations and run twenty joint doctoral programmes over the next five years.',
  'Officials said the first projects would start in the spring, with funding from both sides and a review of progress planned for the end of the second year.',
];

/** A page whose only author field is a user name, with `byline` set over the article. */
const read = (byline: string) =>
  article(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>How I came back to research</title><meta property="article:author" content="anna.berg.1232"></head><body>
<main><article><h1>How I came back to research</h1>${byline}${P.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`,
    'page.html',
  ).record.author;

describe('profile link: "as told to"', () => {
  it('reads the writer after the phrase where the address spells the writer', () => {
    expect(authorOfProfileLink('https://example.org/author/anna-berg', 'Li Wei as told to Anna Berg')).toBe('Anna Berg');
    expect(authorOfProfileLink('/author/anna-berg', 'Li Wei As Told To Anna Berg')).toBe('Anna Berg');
  });

  it("reads nothing where the address spells the teller, or the words before the phrase name no one (guards)", () => {
    expect(authorOfProfileLink('/author/li-wei', 'Li Wei as told to Anna Berg')).toBeNull();
    expect(authorOfProfileLink('/author/anna-berg', 'The whole story as told to Anna Berg by her students')).toBeNull();
  });
});

describe('HTML author: "as told to" over a user name field', () => {
  it('reads the writer from a profile link', () => {
    expect(read('<div class="author-info"><a href="https://example.org/author/anna-berg">Li Wei as told to Anna Berg</a><div>March 7, 2022</div></div>')).toBe('Anna Berg');
  });

  it('reads the writer from a byline element', () => {
    expect(read('<p class="byline">Li Wei as told to Anna Berg</p>')).toBe('Anna Berg');
  });

  it('keeps a plain byline as it was (guard)', () => {
    expect(read('<p class="byline">By Anna Berg</p>')).toBe('Anna Berg');
  });
});
