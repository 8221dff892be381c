/**
 * A menu's entry far above the article that shares the article's words (issue 13, item 3): a site
 * about science has "Science Programmes for Africa" in its menu. The headline is the line over the
 * article, not the entry. Small pages written here, shaped as innerText gives them.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'Twelve countries in Africa have joined a new science programme that will open joint laboratories, the ministry of science and technology said in Beijing.';
const P2 = 'The science programme will fund the laboratories and train young researchers in Africa over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first laboratories would open in Nairobi and Addis Ababa next spring, with more to follow in the west of the continent.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
const MENU = ['Loans', 'Credit Cards', 'Research', 'Science Programmes for Africa', 'Laboratories', 'Grants', 'About Us', 'Locations', 'Careers', 'Contact Us', 'Learning Center', 'Events', 'Partners', 'Newsroom', 'Jobs Board', 'Help', 'Go back to menu', 'Press Escape'];

describe('a menu entry far above the article', () => {
  it('is not the headline when a headline stands over the article', () => {
    const headline = 'Nine Things to Know About Twelve New Partners';
    expect(article(`${MENU.join('\n')}\n${headline}\n${BODY}`).record.title).toBe(headline);
  });
});
