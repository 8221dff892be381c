/**
 * Headline shapes the text path missed (issue 13): a run that opens on the headline itself (long
 * enough to be taken for prose, no full stop) over its deck and the article's date; a byline written
 * "A Post By: Jane Roe" (a phrase that ends in a capitalised "By", a colon after it). Small pages
 * written here, shaped as innerText gives them.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isAuthorLine } from '../../scripts/ingest/lib/page-text/headline.ts';

const P1 = 'Starting a garden pond does not have to cost much, and the pumps are far less confusing than most people think when they begin.';
const P2 = 'I have kept a small pond behind the house for six years now, and the fish, the frogs and the lilies have become my favourite part of the garden.';
const P3 = 'If you are even remotely thinking about digging one this spring, the list below holds every piece I bought and what each of them cost me.';
const MENU = 'Home\nShop\nAbout\nWork With Me\nGarden Ponds Podcast\nContact Us\nTools & Resources';

const titleOf = (page: string) => article(page).record.title;

describe('a run that opens on its own headline', () => {
  it('takes the opening line over its deck and the date for the headline', () => {
    const headline = 'Garden Pond Guide: The 6 Pieces You Need and How to Start Your Pond for $150!';
    const page = `${MENU}\n${headline}\nDigging a pond does not have to be hard or expensive. I am sharing exactly what you need to get started, and nothing more!\npublished on: March 3, 2024\nback to blog\n${P1}\n\n${P2}\n\n${P3}`;
    const { record, body } = article(page);
    expect(record.title).toBe(headline);
    expect(body).not.toContain(headline);
    expect(body).toContain(P1);
  });

  it('leaves an opening paragraph that ends in a full stop in the body', () => {
    const opening = 'Garden ponds are easier to keep than most people think, and cheaper too, if you buy only the six pieces you need.';
    const page = `${MENU}\nOur Pond Notes\n${opening}\nDigging a pond does not have to be hard or expensive. I am sharing exactly what you need.\npublished on: March 3, 2024\n${P1}\n\n${P2}\n\n${P3}`;
    const { record, body } = article(page);
    expect(record.title).not.toBe(opening);
    expect(body).toContain(opening);
  });
});

describe('a byline written as a phrase that ends in "By:"', () => {
  it('is the header under the headline, which wins over the last line of a list right over the article', () => {
    const headline = 'Welcome to the Newly Updated Keeper Forum';
    const forum = [
      'A few months later we did add a small forum to the blog. It started with just a few sections and members, but it grew from the first day on, and pond keepers came from everywhere.',
      'Since that time the forum has kept growing and changing. We have over ten thousand members and our sections have grown to cover pumps, plants, fish and much more.',
      'Pumps – where we give members a weekly question about filters and flow to answer for each other.',
    ].join('\n');
    const page = `Courses\neBooks\nSearch:\nSearch:\nTake control of your garden & build a stunning pond get the guide now!\n${headline}\nA Post By: Rosa Keller\n...\n...\nWithin days of starting the blog – back in March 2011 – I began to get requests from readers that they wanted a forum area on the site where they could:\nShare photos of ponds that they were building\nGet critiques from other readers on their ponds\nAsk (and answer) questions of other pond keepers\nShare their own tips\nMeet, network with and have a little fun with other pond keepers\n${forum}`;
    expect(titleOf(page)).toBe(headline);
  });

  it('is no byline when the words after "By" are no full name and nothing more', () => {
    for (const line of ['A Post By the Pond on Our Frogs', 'A Post By: Rosa Keller and the frogs of her pond']) {
      expect(isAuthorLine(line, { byline: false, words: line.split(' ').length })).toBe(false);
    }
    expect(isAuthorLine('Guest Article By Rosa Keller', { byline: false, words: 5 })).toBe(true);
  });
});
