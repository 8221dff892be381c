/**
 * Headline shapes the text path missed (issue 13): a run that opens on the headline itself (long
 * enough to be taken for prose, no full stop) over its deck and the article's date; a byline written
 * "A Post By: Jane Roe" (a phrase that ends in a capitalised "By", a colon after it). Small pages
 * written here, shaped as innerText gives them.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isAuthorLine } from '../../scripts/ingest/lib/page-text/headline/headline.ts';

const P1 = 'A beehive on a city balcony needs less room than most people expect, and the neighbours rarely notice the bees at all.';
const P2 = 'Our first colony arrived in a cardboard box four summers ago, and since then the hive has given us honey, wax and a lot of quiet mornings.';
const P3 = 'Below is every item we bought in that first year, with what each one cost and whether we would buy it again today.';
const MENU = 'Start\nStories\nThe Hive Hour\nWorkshops\nWrite to Us\nOur Kit';

const titleOf = (page: string) => article(page).record.title;

describe('a run that opens on its own headline', () => {
  it('takes the opening line over its deck and the date for the headline', () => {
    const headline = 'Balcony Beekeeping Kit: Seven Things to Buy and How to Begin With Under $200 in Your Pocket!';
    const page = `${MENU}\n${headline}\nKeeping bees above the street sounds hard, yet it takes little money and a free weekend. Here is the whole shopping list!\nposted: May 9, 2023\nall stories\n${P1}\n\n${P2}\n\n${P3}`;
    const { record, body } = article(page);
    expect(record.title).toBe(headline);
    expect(body).not.toContain(headline);
    expect(body).toContain(P1);
  });

  it('never takes an opening paragraph that ends in a full stop for it', () => {
    const opening = 'Bees on a balcony are easier to keep than most people think, and cheaper too, if you buy only the seven things you need.';
    const page = `${MENU}\nHive Diary\n${opening}\nKeeping bees above the street takes little money and a free weekend.\nposted: May 9, 2023\n${P1}\n\n${P2}\n\n${P3}`;
    expect(titleOf(page)).not.toBe(opening);
  });
});

describe('a byline written as a phrase that ends in "By:"', () => {
  it('is the header under the headline, which wins over the last line of a list right over the article', () => {
    const headline = 'Say Hello to Our Rebuilt Beekeepers Board';
    const board = [
      'Half a year later we opened a small board on the site. At first it had two rooms and a handful of members, but it grew every week, and keepers wrote in from many countries.',
      'The board has kept growing and changing ever since. Thousands of members now talk there, and the rooms cover hives, swarms, honey, wax and much more.',
      'Swarms – where members post a question about a runaway colony each week and answer each other.',
    ].join('\n');
    const page = `Lessons\nBooks\nFind:\nFind:\nKeep a calmer colony this spring with our free hive planner, download it today!\n${headline}\nA Post By: Rosa Keller\n...\n...\nSoon after the blog began, in the spring of 2012, readers kept writing to me that they wanted a place on the site to talk to one another, where they could:\nPost pictures of the hives they had built\nHear what other readers thought of their frames\nPut questions to keepers with more seasons behind them\nSwap their own hints\nChat, trade and just have some fun with fellow keepers\n${board}`;
    expect(titleOf(page)).toBe(headline);
  });

  it('is no byline when the words after "By" are no full name and nothing more', () => {
    for (const line of ['A Post By the Hive on Our Bees', 'A Post By: Rosa Keller and the bees of her balcony']) {
      expect(isAuthorLine(line, { byline: false, words: line.split(' ').length })).toBe(false);
    }
    expect(isAuthorLine('Guest Article By Rosa Keller', { byline: false, words: 5 })).toBe(true);
  });
});
