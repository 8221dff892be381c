/**
 * A passage of the article the page tells twice, its second copy closing the article (a live
 * report's entry pinned at its top and posted again at its foot): the passage's last paragraph has
 * no prose under it in either copy, so both copies read as a paragraph the page repeats (site
 * furniture), and the first copy was left out inside the article. The first copy is the article's
 * when the paragraph above it is the one the run ends on, told again. A blurb the page shows inside
 * the article and again under it, with no passage leading into either copy, is still furniture.
 * Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const TOPICS = ['the bridge', 'the harbour', 'the school', 'the library', 'the station', 'the market', 'the museum', 'the park', 'the hospital', 'the stadium', 'the ferry', 'the theatre'];
const paragraphs = TOPICS.map((t, k) => `The council said on Tuesday that the works on ${t} would begin in spring, and that ${k + 2} crews would keep the site open to people on foot while the old parts were taken down.`);
const ASKED = 'We asked them what we should say to the families who would lose their homes if the works went on for another winter without a plan.';
const LAST = 'So we thought that this was not the right way to do things, to land a plan like this on the town on a Sunday night.';

describe('a passage the page tells again under the article', () => {
  it('keeps the first copy of its last paragraph', () => {
    const page = ['Council delays the river works', ...paragraphs.slice(0, 6), ASKED, LAST, 'The reaction', ...paragraphs.slice(6), ASKED, LAST, 'More on', 'Facebook', 'Twitter', 'News'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(LAST);
    expect(kept).toContain(ASKED);
    expect(kept).toEqual(expect.arrayContaining(paragraphs));
  });

  it('leaves a blurb shown inside the article and under it as furniture', () => {
    const blurb = 'Riverside Daily is the independent newspaper of the valley, published every morning since 1921 by its readers.';
    const page = ['Council delays the river works', ...paragraphs.slice(0, 6), 'About us', blurb, 'The reaction', ...paragraphs.slice(6), blurb, 'More on', 'Facebook', 'Twitter'].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).not.toContain(blurb);
    expect(why.get(blurb)).toMatch(/more than once/);
  });
});
