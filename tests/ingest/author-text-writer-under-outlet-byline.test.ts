/**
 * The text path's writer under a byline that names the outlet (lib/bylines/writer-under-outlet-byline.ts):
 * "by Harbor Times" over the stamp, the writer's name alone (or two names across a slash, or the name and
 * where the writer works) right over the first paragraph. A person's byline is never set aside, a caption's
 * words between the byline and the first paragraph are no name, and a heading whose words the page writes in
 * lower case is none either.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const EN = 'Families living near the quarry say the blasting has cracked the walls of their homes and driven away the cattle they depend on for their income.';
const MORE = 'The company said it followed every rule set by the ministry and would meet the families next week to hear what they had to say about the damage.';

/** A news page: a menu, the headline, the byline row, `under` (the lines between it and the article), then the article. */
const page = (byline: string, ...under: string[]) =>
  `Home\nNews\nBusiness\n\nQuarry blasts shake village homes\n\n${byline}\n\n${under.join('\n\n')}\n\n${EN}\n\n${MORE}\n\n${EN} ${MORE}\n\nShare\nPrint\n`;

describe('text bylines: the writer under a byline that names the outlet', () => {
  it("takes the writer's name alone right over the first paragraph", () => {
    expect(article(page('by Harbor Times | November 21, 2025', 'Tessa Lund')).record.author).toBe('Tessa Lund');
  });

  it('takes two writers across a slash, and a writer with where she works', () => {
    expect(article(page('by Harbor Times | November 21, 2025', 'Tessa Lund/Ivo Brandt')).record.author).toBe('Tessa Lund and Ivo Brandt');
    expect(article(page('By Campus News', 'November 21, 2025', 'Tessa Lund, Northfield University')).record.author).toBe('Tessa Lund');
  });

  it("keeps a person's byline, and an outlet's with no name over the article", () => {
    expect(article(page('By Ivo Brandt | November 21, 2025', 'Tessa Lund')).record.author).toBe('Ivo Brandt');
    expect(article(page('by Harbor Times | November 21, 2025')).record.author).toBe('Harbor Times');
  });

  it("takes no heading whose words the page writes in lower case, nor a name in a sentence", () => {
    expect(article(page('by Harbor Times | November 21, 2025', 'Village Homes')).record.author).toBe('Harbor Times');
    expect(article(page('by Harbor Times | November 21, 2025', 'Tessa Lund said the walls had cracked.')).record.author).toBe('Harbor Times');
  });
});
