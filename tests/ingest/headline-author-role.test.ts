/**
 * "Jane Roe" / "Head of Product Marketing and Growth Strategy" / the date: the author's role on its
 * own line, between the bare name and the article's date. Right over the date it looks like a
 * headline with its stamp, but it is the byline's, and the headline is the line over the name.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'I have worked across several countries in product marketing and growth strategy, helping software companies grow, and I have led teams that tried every tool there is.';
const P2 = 'When you are moving fast on product marketing, the tools you choose really matter: they either help your team stay focused or they get in the way of the growth strategy.';
const P3 = 'Here are nine of the best planning tools available today, whether you need more structure, better task tracking or simpler sharing with clients.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;

const titleOf = (page: string) => article(page).record.title;

describe('an author’s role between the name and the date', () => {
  it('is not the headline: the line over the name is', () => {
    const page = `Blog\nComparisons\nSearch\nComparisons\n9 best (free and paid) planning tools\nJane Roe\nHead of Product Marketing and Growth Strategy\nAugust 29, 2025\n8 MIN READ\n${BODY}`;
    expect(titleOf(page)).toBe('9 best (free and paid) planning tools');
  });

  it('leaves a headline over a name and a date alone', () => {
    const page = `Blog\nComparisons\nSearch\n9 best (free and paid) planning tools\nJane Roe\nAugust 29, 2025\n8 MIN READ\n${BODY}`;
    expect(titleOf(page)).toBe('9 best (free and paid) planning tools');
  });
});
