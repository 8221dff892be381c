/**
 * A post's header as newsletters and blogs show it (issue 13, item 3): the headline, its deck (a
 * longer line that goes on with the headline's subject), the author's name over the date, then the
 * article. The headline is the line over the deck, even when the opening paragraphs use none of its
 * words; a button or a section path over a headline is not.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'The problem with generative models has always been that they associate patterns together without understanding what the patterns mean.';
const P2 = 'A team of researchers from the university showed last week how easily the associations can be steered, with a handful of examples.';
const P3 = 'The words yellow and school bus tend to appear together in text from the web, but that does not mean every yellow thing is a bus.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;

const titleOf = (page: string) => article(page).record.title;

describe('a headline over its deck and byline', () => {
  it('is the line over the deck, though the opening paragraphs share none of its words', () => {
    const page = `Notes on AI\nSubscribeSign in\n“New Ways to Confuse Chatbots”\nThe odd things pattern-matching programs like chatbots do – and how they might lead us astray\nOwen Tallis\nDec 14, 2025\n589\n149\nShare\n${BODY}`;
    expect(titleOf(page)).toBe('“New Ways to Confuse Chatbots”');
  });

  it('is the line over a deck of two sentences', () => {
    const page = `SubscribeSign in\nThe Local-First Charter\nServers as a meeting point. Local devices as the working floor.\nTomas Rivalta\nDec 19, 2025\nShare\n${BODY}`;
    expect(titleOf(page)).toBe('The Local-First Charter');
  });

  it('is not a section path over the headline and its byline', () => {
    const page = `About\nHome Basics » Mortgage\nWe’re mortgage-free, now what? Our story of life after the last cheque\nWritten by Jane Smith\n|\nPublished: 28 January 2018\n${BODY}`;
    expect(titleOf(page)).toBe('We’re mortgage-free, now what? Our story of life after the last cheque');
  });

  it('is not a blog’s name over its description, when the post’s headline stands under the date', () => {
    const page = `Quillmark Data Blog\nJane Smith's thoughts on generative models, data, and analytics, and what they mean for the people who build them.\nFriday, December 19, 2025\nSmall adventures with corrupted generative models\nSlow is the new fast\n${BODY}`;
    expect(titleOf(page)).toBe('Small adventures with corrupted generative models');
  });

  it('is the line over a deck of a sentence that the byline follows, under a blurb the page opens on', () => {
    const page = `SIGN IN\nSUBSCRIBE\nStyle + Furnish\nTrends\nLife + Culture\nEvery item on this page was chosen by an editor of the magazine. We may earn commission on some of the items you choose to buy.\nGetty Images\nrepair + restore\nThe best tools for generative models on every budget\nKnowing what the best generative tools will cost your budget, up front, used to be a dream. Now it’s a reality.\nBY JANE SMITH PUBLISHED: DEC 20, 2023\n${BODY}`;
    expect(titleOf(page)).toBe('The best tools for generative models on every budget');
  });

  it('takes four words over a deck in sentence case for the headline, not for a kicker', () => {
    const type = [
      'Sometimes design elements are born in flashes of inspiration, and sometimes they grow out of design problems that a team solves one after another over years.',
      'Planet Sans is the iconic typeface used across every product of the company, from its search page to its wallet, and one of the most recognised typefaces today.',
      'Read on for a brief history of the beloved typeface, told through the design problems that shaped it from its inception until it went open source.',
    ].join('\n\n');
    const page = `Skip to content\n0 results\nMaking Planet Sans Flex\nHow seven design problems shaped the company’s iconic typeface — from inception to going open source\n${type}`;
    expect(titleOf(page)).toBe('Making Planet Sans Flex');
  });

  it('is the line over the deck when the headline ends on a full stop and the deck does not', () => {
    const headline = 'Chatbots do not understand. Here are three new tests.';
    const page = `SubscribeSign in\n${headline}\nA researcher's field guide to the patterns that chatbots actually learn from text on the web\nOwen Tallis\nDec 14, 2025\n7\n2\nShare\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });
});
