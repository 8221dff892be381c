/**
 * A site's name or tagline at the top of the page, far above the article with a menu between, is
 * not the article's headline, even when the article uses its words (a site about science names
 * science): the headline-shaped line right over the article's first paragraph is.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'China has launched a new science cooperation programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The science cooperation programme will fund joint laboratories in Africa and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first laboratories of the science programme would open in Nairobi and Addis Ababa next spring, with more cooperation to follow in the west of Africa.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
/** A site's menu: a word or two a line. */
const MENU = ['Home', 'News', 'Africa', 'Asia', 'Europe', 'Americas', 'Research', 'Policy', 'Funding', 'Events', 'About Us', 'Contact', 'Subscribe', 'Search'].join('\n');
const HEADLINE = 'Labs for young researchers in twelve nations';

describe('a site’s masthead at the top of the page', () => {
  it('loses to the headline right over the article, though the article uses its words', () => {
    const page = `Science Cooperation Programme Africa\n${MENU}\n${HEADLINE}\n${BODY}\nAbout Us\nContact\n© 2026 Science Cooperation Programme Africa`;
    expect(article(page).record.title).toBe(HEADLINE);
  });

  it('a tagline under the site’s name loses too', () => {
    const page = `Skip to content\nThe Lab Notebook\nScience cooperation programmes for Africa's researchers\n${MENU}\n${HEADLINE}\n${BODY}`;
    expect(article(page).record.title).toBe(HEADLINE);
  });

  it('a headline at the top of the page with its byline under it stays the headline', () => {
    const page = `Science cooperation programme opens in Africa\nBy Jane Smith\nNovember 19, 2019\n${MENU}\nTwelve countries\n${BODY}`;
    expect(article(page).record.title).toBe('Science cooperation programme opens in Africa');
  });
});
