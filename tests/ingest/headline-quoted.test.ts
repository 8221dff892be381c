/**
 * A headline that is a quotation, whole („…“, “…”, «…»): the words of the person the article is
 * about, which need share none with the article or with the deck under them (that says who spoke).
 * Over the article's stamp, or over its deck and then the stamp, it is the headline. Under a headline,
 * a quotation is that headline's deck; a pager's links between guillemets are no quotation.
 * Pages written for the test.
 */
import { describe, expect, it } from 'vitest';
import { wholeQuotation } from '../../scripts/ingest/lib/page-text/headline/quoted-headline.ts';
import { BODY, titleOf } from './headline-fixture.ts';

const QUOTE = '“I only wanted to go home. My garden was waiting.”';
const DECK = 'A grower from the north tells how she was stuck in the city for three months. We spoke to her.';

describe('a quoted headline', () => {
  it('is the headline over its deck and the stamp, though it shares no word with them', () => {
    const page = `Menu Login\nJane Roe/Agency\nPeople and Places\n${QUOTE}\n${DECK}\nAugust 22, 2024\nAnn Lee\nRead Listen\n${BODY}`;
    expect(titleOf(page)).toBe(QUOTE);
  });

  it('is the headline right over the stamp, however short', () => {
    const page = `Home\nPrint\nSubscribe\nYou are here: Home » People » „Tireless Work“\n„Tireless Work“\nPosted: April 1, 2025, 15:25 in: People | Comments: 0\nBoard members (left to right): Jane Roe, John Doe, Ann Lee, Mary Major, Tom Minor, Lena Berg\n${BODY}`;
    expect(titleOf(page)).toBe('„Tireless Work“');
  });

  it('is the deck under a headline', () => {
    const headline = 'Rice Grower Who Left the Army Speaks About the Harvest';
    const page = `Menu\nDonate\n${headline}\n“I have been part of something I cannot forget, and I will never get it off my hands.”\nAnn Lee\nAugust 22, 2024\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });
});

describe('wholeQuotation', () => {
  it('takes a line that is one quotation from its first mark to its last', () => {
    for (const line of ['„Ich wollte nach Hause.“', '“We will rebuild”', '«Nous resterons ici»', "'We won't stop'", '「家に帰りたい 」']) expect(wholeQuotation(line)).toBe(true);
  });

  it('leaves two quotations, a quoted word, a pager and a line that goes on after the quotation', () => {
    for (const line of ['“Rice” and “Seed”', '“Rice”', '« Previous | Next »', '“We will rebuild,” the mayor says']) expect(wholeQuotation(line)).toBe(false);
  });
});
