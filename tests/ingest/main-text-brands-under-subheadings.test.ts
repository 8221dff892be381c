/**
 * Main-text recall: a paragraph with a camel-case brand ("The Harbor TideServer keeps…") read as
 * another story's headline run into its summary, standing under the article's sub-heading with the
 * article's paragraphs a line or two above and under it (a "Source" link, the next sub-heading
 * between), is a paragraph of the article. Teasers one after another stay out. Invented page;
 * failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const A1 = 'The first tool in this list is a small command-line program that wraps the service’s interface, so that a whole model can be trained and tested with a single line typed in a terminal.';
const BRAND = 'The Harbor TideServer keeps every model in memory and answers each request for a prediction in a few milliseconds, which suits shops that score thousands of orders an hour.';
const A3 = 'The third tool is a small language for describing new fields computed from the old ones, so that a cleaned copy of the data can be made again whenever the source files change.';
const A4 = 'All three tools are free to use for small projects, and the company sells support contracts to the larger teams that run them every day on their own machines and networks.';

describe('main-text recall: a brand\'s paragraph under the article\'s sub-heading', () => {
  it('keeps the paragraph between the sub-headings', () => {
    const page = ['Five tools for machine learning', 'By Jane Smith', '1. The command line', A1, '2. Harbor TideServer', 'Source', BRAND, '3. A language for fields', A3, A4, 'Share this article', 'Privacy policy'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(BRAND);
    expect(kept).toEqual(expect.arrayContaining([A1, A3, A4]));
  });

  it('still leaves out teasers run into their summaries, one after another', () => {
    const teasers = [
      'Seven Tools Every Data Team Should KnowA new survey asks what the busiest teams use, and the answer may surprise you.',
      'Why Your Models Need Fresh DataLeaving a model untouched for a year costs more than most teams think.',
      'The Best Notebooks We Tested This YearWe spent three months with twelve of them to find the ones worth using.',
    ];
    const page = ['Five tools for machine learning', 'By Jane Smith', A1, A3, A4, 'More stories', ...teasers, 'Privacy policy'].join('\n');
    const { kept } = chooseArticle(page);
    for (const t of teasers) expect(kept).not.toContain(t);
  });
});
