/**
 * The headline far from where the article run starts (issue 13, item 3): a long menu or a box of
 * links stands between the article's header (headline, byline, date) and its first paragraph, so
 * no line near the paragraphs looks like the headline. The headline is then the line, further up,
 * that the article's byline or date follows and whose words the first paragraphs use; never a
 * label of the page chosen for want of anything better.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The science programme will fund joint laboratories in Africa and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first laboratories of the programme would open in Nairobi and Addis Ababa next spring, with more to follow in the west of Africa.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
/** Fifty links of a site's menu, a word or three each. */
const MENU = Array.from({ length: 50 }, (_, i) => ['Physics', 'Biology', 'Chemistry', 'Space', 'Health', 'Earth', 'Energy', 'Climate', 'Oceans', 'Computing'][i % 10] + ` Guide ${i + 1}`).join('\n');

describe('a headline far above the article’s paragraphs', () => {
  it('is the line its byline follows, past a long menu, not a label of the page', () => {
    const page = `Advertiser Disclosure\nNew science programme for Africa: twelve countries, new laboratories\nBy Jane Smith\nNovember 19, 2019\n${MENU}\n${BODY}`;
    expect(article(page).record.title).toBe('New science programme for Africa: twelve countries, new laboratories');
  });
});
