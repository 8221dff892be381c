/**
 * A box heading ("Top Stories", "Editors' Pick") costs the line under it as another story's only when
 * the article's text stands right over the heading (a paragraph, or a sentence with its full stop):
 * a box set beside or inside the article, whose entries are other stories. Among the page's menu
 * entries over the article, with no text over it, such a heading is a badge or a section's name over
 * the article's own headline. Pages written for the test.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

describe('a headline under a box heading with no text over it', () => {
  it('is the headline, not a menu entry over the heading that shares its words', () => {
    const page = `Home\nNews\nValley rice farmers\nTOP STORIES\nNews\nNew seed is the answer to wet seasons\nBy Jane Roe\nPhoto: John Doe\n\n${BODY}`;
    expect(titleOf(page)).toBe('New seed is the answer to wet seasons');
  });
});

describe('a line under a box heading with the article’s text over it', () => {
  it('is another story of the box, not the headline, though a byline follows it', () => {
    const page = `Accueil\nMonde\nNew science plan for Africa launched by China\nAgency 19 November 2019 at 07:19 (Updated: 19 November 2019 at 07:38)\nFacebook\nTwitter\nThe minister welcomed the first researchers at the airport in Nairobi on Tuesday morning.\nSee also\nNairobi: «The more hours pass, the less useful the laboratories are»\nBy Mary Major\n\n${BODY}`;
    expect(titleOf(page)).toBe('New science plan for Africa launched by China');
  });

  it('is another story of the box under a menu entry, the article’s sentence over both', () => {
    const page = `Home\nNew science plan for Africa launched by China\nBy Jane Smith\nNovember 19, 2019\nThe minister welcomed the first researchers at the airport in Nairobi on Tuesday morning.\nRelated\nNews\nNairobi labs struggle to find enough researchers this year\n\n${BODY}`;
    expect(titleOf(page)).toBe('New science plan for Africa launched by China');
  });
});
