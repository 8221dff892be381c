/**
 * The article's full header (issue 13): a headline with both a byline and a date under it, far above
 * the first paragraph (a long menu, a product table between). A line near the paragraphs that has no
 * byline or date of its own (a box's title, a table's row, a menu's entry) shares the article's words
 * as well, but a page shows the article's header once: the line over it is the headline.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'The best science programmes for young researchers in Africa fund joint laboratories and training, the ministry of science said on Tuesday in Beijing.';
const P2 = 'Each science programme on this list was tested by our team of researchers for a year, with laboratories visited in twelve countries of Africa.';
const P3 = 'Officials said the first laboratories of the programmes would open in Nairobi and Addis Ababa next spring, with more to follow in the west of Africa.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
/** Fifty entries of a site's menu, a word or three each. */
const MENU = Array.from({ length: 50 }, (_, i) => ['Physics', 'Biology', 'Chemistry', 'Space', 'Health', 'Earth', 'Energy', 'Climate', 'Oceans', 'Computing'][i % 10] + ` Guide ${i + 1}`).join('\n');

describe('a headline over the article’s full header', () => {
  it('wins over a box’s title near the paragraphs that has no byline or date of its own', () => {
    const page = `Best Science Programmes for Young Researchers in Africa\nBy Jane Smith\nUpdated November 19, 2019\n${MENU}\nEverything we recommend\nTop pick\nThe best science programme for young researchers\nNairobi Laboratories Fund\n${BODY}`;
    expect(article(page).record.title).toBe('Best Science Programmes for Young Researchers in Africa');
  });

  it('wins over a box’s title that stands under that header, the stamp above it being the header’s', () => {
    // The article opens on a blurb about the box, which uses the box title's words, not the headline's.
    const page = [
      'Search Programs',
      'The Best Microscopes for Young Researchers',
      'By',
      'Jane Smith, PhD',
      'Updated on November 19, 2019',
      'Reviewed by',
      'John Doe, PhD',
      'Our Review Network',
      'Our review network is committed to guides that are accurate and useful. Members of the review network check every guide on this site before it is published.',
      'Each member of our review network works full time in a laboratory and reviews our guides in the time they have left, for which the network pays them.',
      'Suggest changes to a guide through the form on this page, and a member of the network will read them.',
      'The best microscopes for young researchers are light, sturdy and cheap, and we tested twelve of them in the laboratories of three universities this year.',
      '',
      'Young researchers told us the microscopes they liked best were the ones they could carry between laboratories without a case.',
      '',
      'Our favourite of the microscopes costs less than two hundred dollars and comes with a camera that young researchers can connect to a laptop.',
    ].join('\n');
    expect(article(page).record.title).toBe('The Best Microscopes for Young Researchers');
  });

  it('wins over a shorter form of the headline under that header, found when the run opened on a blurb', () => {
    const page = [
      'Sign In',
      'Membership',
      'Field Notes is supported by its readers. When you buy through links on our site, we may earn a commission on the sale. Learn more',
      'The Best Pocket Microscopes for 2026',
      'We have tested the best pocket microscopes, from cheap clip-on lenses for phones to sturdy models with their own lights and cameras.',
      'By Jane Smith',
      'Updated December 19, 2025',
      'The Best Pocket Microscopes',
      'If you are looking for the best pocket microscope for field work, you have come to the right place, as this list covers every price.',
      'Though not always the most important feature for a laboratory, weight is the first thing to think of when a microscope goes in a pocket.',
      'Although a small microscope is easy to carry, it usually has a weaker light and a smaller lens, and that hurts what you can see.',
      'If you are still unsure which pocket microscope to get, we have answered the common questions at the bottom of this page.'
    ].join('\n');
    expect(article(page).record.title).toBe('The Best Pocket Microscopes for 2026');
  });

  it('does not win over the page’s headline written again over the article', () => {
    // A row of tags has the full header under it; the headline over the tags is written again under it.
    const page = [
      'About',
      'Blog',
      'Science Programmes for Young Researchers in Africa',
      'How we chose the programmes - from twelve countries to three, with the ministry\'s data and our own visits, and what we found there',
      'microscopes cameras budgets universities',
      'Posted: 2 days ago Last Modified: 2 days ago',
      'By Jane Smith 15 min read',
      'Science Programmes for Young Researchers in Africa',
      'The best science programmes for young researchers in Africa fund joint laboratories and training, the ministry of science said on Tuesday in Beijing.',
      '',
      'Each science programme on this list was tested by our team of researchers for a year, with laboratories visited in twelve countries of Africa.',
      '',
      'Officials said the first laboratories of the programmes would open in Nairobi and Addis Ababa next spring, with more to follow in the west of Africa.',
      '',
      'Some of the universities asked for microscopes with cameras, which the budgets of the programmes could pay for.',
      '',
      'The universities said the cameras and microscopes would stay in their laboratories when the budgets run out.'
    ].join('\n');
    expect(article(page).record.title).toBe('Science Programmes for Young Researchers in Africa');
  });

  it('is not taken from under the chosen headline: a line right under it is its standfirst', () => {
    const page = `Menu\nScience programmes for young researchers in Africa\nRead later\nThe best science programmes of the year, as selected by our researchers in Africa\nJane Smith\nNovember 19, 2019\n${BODY}`;
    expect(article(page).record.title).toBe('Science programmes for young researchers in Africa');
  });
});
