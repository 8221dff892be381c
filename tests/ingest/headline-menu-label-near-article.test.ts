/**
 * A site's menu right over the article: its entries are labels of a word to three, and one that
 * names the site ("About Cheese News") shares the article's words as its headline does. Near the
 * article as far above it, a label among a menu's entries costs as a menu's entry (headline.ts
 * MENU_LABEL_WORDS) when a longer line of a headline's shape scored over the floor. A short
 * headline of three words right over its article, or with its byline and date under it, is no label
 * and stays; so does a page's short title among labels, with no longer line to yield to.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const MENU = ['Home', 'World', 'Politics', 'Business', 'Health', 'Science', 'About Cheese News', 'Sports', 'Being Home Again', 'Opinion', 'More'].join('\n');

const BODY = [
  'Fans of British cheese may soon see less of it in the shops, as the trade deal that let the cheese in without a tariff runs out at the end of the month.',
  'Importers say the British cheese already on its way will be sold at the old price, but the next orders of British cheese will cost a fifth more to bring in, news that shops did not want.',
  'Shops that sell British cheese have started to buy more, and some expect the shelves to empty before the new year, when buyers will find none.',
].join('\n\n');

const titleOf = (page: string) => article(page).record.title;

describe("a label of the site's menu right over the article", () => {
  it('gives way to the headline over the first paragraph', () => {
    const headline = 'Like British cheddar? Stock up while you can still find it';
    expect(titleOf(`${MENU}\n${headline}\n${BODY}`)).toBe(headline);
  });

  it('leaves a headline of three words right over its article (guard)', () => {
    expect(titleOf(`${MENU}\nBritish Cheese Shortage\n${BODY}`)).toBe('British Cheese Shortage');
  });

  it('leaves a headline of three words with its byline and date under it, among buttons (guard)', () => {
    const page = `${MENU}\nBritish Cheese Shortage\nBy Jane Roe\nJune 3, 2024\nShare\nTweet\nEmail\n${BODY}`;
    expect(titleOf(page)).toBe('British Cheese Shortage');
  });

  it("leaves a page's short title among labels, with no longer line to yield to (guard)", () => {
    const page = [
      'Home', 'World', 'Politics', 'Business', 'Health', 'Science', 'About Our News', 'Sports', 'Cheese Dairy Simulator', 'Games', 'Consoles', 'Players', 'More',
      'In this game you run a small dairy in the hills and make cheese for the market, from the first milking in spring to the last wheel sold before winter.',
      '',
      "The cheese you make sells for more the longer it ages, and a good year of cheese pays for the next year's herd, while a bad year of cheese means the dairy may close.",
      '',
      'Players who have tried the cheese dairy say the slow pace of the market days suits them, and that the hills look fine in every season.',
    ].join('\n');
    expect(titleOf(page)).toBe('Cheese Dairy Simulator');
  });
});
