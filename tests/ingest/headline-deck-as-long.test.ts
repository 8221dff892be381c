/**
 * A headline over a deck of about its own length, then the byline: "Why isn't modern software built
 * around principles from psychology?" over "First post in a series on psychology and software". The
 * deck goes on with the headline's subject (two of its words or more) and is no longer by much; the
 * headline is the line over it.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'I get asked a lot of questions about the relationship between psychology and software, especially from people early in their careers, so this series is my answer.';
const P2 = 'In this first post, I want to lay out a few areas where I find psychology to provide consistently useful perspectives on how software is built.';
const P3 = 'Historically, psychology and software were tightly coupled fields, with insights in one quickly driving progress in the other, and the series starts there.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;

const titleOf = (page: string) => article(page).record.title;

describe('a headline over a deck of about its length', () => {
  it('is the line over the deck, when the deck is no longer', () => {
    const page = `Infinite Notes\nSubscribeSign in\nWhy isn’t modern software built around principles from psychology?\nFirst post in a series on psychology and software\nJane Roe\nDec 16, 2025\n36\n13\nShare\n${BODY}`;
    expect(titleOf(page)).toBe('Why isn’t modern software built around principles from psychology?');
  });
});
