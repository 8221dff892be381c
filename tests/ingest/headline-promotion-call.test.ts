/**
 * "The Best Coffee Grinder Deals in the US. Click here": a promotion, a sentence and then its call to
 * the reader, over the article's headline and byline. A headline never ends on a call to click.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'Hey, I am Kev, coffee nerd and home barista. If you have been down the rabbit hole of coffee grinders, you know how confusing the choice can be.';
const P2 = 'I have personally tested every coffee grinder on this list. I am not paid by brands, I buy the grinders myself, and I say so when one is bad.';
const P3 = 'Burr coffee grinders might not be the newest trend, but for millions of people, this is how the morning coffee starts.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;

describe('a promotion that ends on a call to click', () => {
  it('is not the headline over the article’s headline and byline', () => {
    const page = `Skip to content\nHome\nBuying Guides\nHow to Brew Coffee\nCoffee Facts\nSearch\nThe Best Coffee Grinder Deals in the US. Click here\nBest Burr Coffee Grinders (2026): Real Reviews, No Fluff\nKev\nJanuary 1, 2026\n2 Comments\n${BODY}`;
    expect(article(page).record.title).toBe('Best Burr Coffee Grinders (2026): Real Reviews, No Fluff');
  });
});
