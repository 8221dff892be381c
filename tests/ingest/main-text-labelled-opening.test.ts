/**
 * Main-text recall: a page that labels each of its article's paragraphs ("Article content" above it)
 * sets a subscription offer between the first paragraph and the rest. Weighed alone, the opening lost
 * against the box and was dropped as page header; the labels say it is the article's. The opening and
 * the labelled paragraphs stay, the box's lines are reported, and a page whose run carries no label
 * is judged as before. Invented pages; the opening cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const OPENING = 'The harbour authority said on Tuesday that it would close the old ferry terminal at the end of the summer, after an inspection found deep cracks in two of its piers.';
const SECOND = 'Here is what the engineers found, and what the closure means for the island communities that depend on the ferry every day.';
const REST = [
  'Ferries will use a temporary dock on the east side of the bay until a new terminal opens, which the authority expects to happen within three years.',
  'The authority’s chair, Ann Lee, said the decision had not been easy, because the terminal has served the town’s island communities for more than sixty years.',
  'About four thousand passengers use the terminal on a busy summer day, most of them commuters who live on the islands and work in the town’s offices and shops.',
  'A public meeting on the plans for the new terminal will be held at the town hall next month, where residents can see the designs and put questions to the engineers.',
];
const LABEL = 'Article content';
const OFFER = [
  'THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY',
  'Subscribe now to read the latest news in your city and across the country.',
  'Exclusive articles from our award-winning reporters and columnists, every day of the week.',
  'Unlimited online access to the Harbor Post and its sister papers with one account.',
  'The Harbor Post ePaper, an electronic replica of the print edition to view on any device.',
  'Daily puzzles, including the crossword.',
  'Support local journalism.',
  'SUBSCRIBE TO UNLOCK MORE ARTICLES',
  'Subscribe now to read the latest news in your city and across the country.',
  'Exclusive articles from our award-winning reporters and columnists, every day of the week.',
  'Unlimited online access to the Harbor Post and its sister papers with one account.',
  'The Harbor Post ePaper, an electronic replica of the print edition to view on any device.',
  'Daily puzzles, including the crossword.',
  'REGISTER / SIGN IN TO UNLOCK MORE ARTICLES',
  'Create an account or sign in to continue with your reading experience.',
  'Access articles from across the country with one account.',
  'Share your thoughts and join the conversation in the comments.',
  'Enjoy additional articles per month.',
  'Get email updates from your favourite authors.',
  'Sign In or Create an Account',
  'Email Address',
  'Continue',
  'View more offers',
];
const HEAD = ['Harbor Post', 'News', 'Old ferry terminal to close after inspection', 'Author of the article:', 'By Ann Lee', 'Published Jun 04, 2024', 'Join the conversation'];

describe('main-text recall: the opening the page labels as its article, above a subscription box', () => {
  it('keeps the labelled opening and leaves out the box', () => {
    const page = [...HEAD, LABEL, OPENING, 'Advertisement 2', 'Story continues below', ...OFFER, ...REST.flatMap((p) => [LABEL, p]), LABEL, 'Trending'].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toContain(OPENING);
    expect(kept).toEqual(expect.arrayContaining(REST));
    for (const line of OFFER) expect(kept, line).not.toContain(line);
    expect(why.get('Create an account or sign in to continue with your reading experience.')).toMatch(/^inside the article/);
  });

  it('keeps a labelled paragraph inside the box too, and not the offer around it', () => {
    const page = [...HEAD, LABEL, OPENING, ...OFFER, LABEL, SECOND, 'Advertisement 3', 'Story continues below', ...OFFER.slice(13), ...REST.flatMap((p) => [LABEL, p]), LABEL, 'Trending'].join('\n');
    // The labels and the ad's lines stay for the chrome rules of the clean stage, as inside any run.
    const kept = chooseArticle(page).kept.filter((l) => l !== LABEL && !/^Advertisement|continues below/.test(l));
    expect(kept.slice(0, 2)).toEqual([OPENING, SECOND]);
    expect(kept).toEqual(expect.arrayContaining(REST));
    expect(kept).not.toContain('Enjoy additional articles per month.');
  });

  it('leaves a page whose run carries no label as it was', () => {
    const page = [...HEAD, LABEL, OPENING, ...OFFER, ...REST, 'Trending'].join('\n');
    expect(chooseArticle(page).kept).not.toContain(OPENING);
  });
});
