/**
 * A headline, then the page's buttons ("Post", "Share"), the picture's credit, its caption (a long
 * sentence that shares the article's words) and the byline and date under that: the caption has the
 * header right under it and uses more of the article's words than the headline does, but it is a
 * sentence with its full stop, and the headline is the line over it, past the buttons. A headline
 * with no full stop under a menu's entries is the headline itself. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

const HEADLINE = 'Valley Farmers Double Rice Harvest With New Seed; Council Plans Wider Roll-Out';
const CAPTION = 'Farmers of the valley harvest rice from the fields planted twice with the new seed, near the village council in the valley on Saturday.';

describe('a headline over the buttons and its standfirst', () => {
  it('is the line over the buttons, not the caption over the byline', () => {
    const page = `Menu\nWorld\nAsia\n${HEADLINE}\nPost\nShare\nPost\nThe Harbor Daily\n${CAPTION}\nBy Jane Roe and John Doe / Harbor Daily Staff Writers\n17:41, March 3, 2025\n${BODY}`;
    expect(titleOf(page)).toBe(HEADLINE);
  });

  it('leaves a headline with no full stop under a menu’s entries', () => {
    const headline = 'Five rice farmers of the valley on the new seed';
    const page = `Menu\nWorld\nAsia\nStories from the valley and its farmers\nCompany\nBlog\n${headline}\nBy Jane Roe\nMarch 3, 2025\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });
});
