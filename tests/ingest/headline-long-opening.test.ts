/**
 * A headline of more than twenty words, in Title Case and with no full stop, that opens the article's
 * run (main-text takes a line that long for prose), over its deck and the article's byline and date.
 * Inside the run a line that long is taken for the first paragraph; at the run's opening, with its
 * header under it, it is the headline, not its deck (issue 13). Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

const HEADLINE = 'The Valley Just Named Its 25 Best Rice Farms of the Year—and the Smallest Farm on the River Ranked No. 1 (Again)';

describe('a long headline that opens the run', () => {
  it('is the headline over its deck, the byline and the date', () => {
    const page = `Home\nNews\nFarming\nSubscribe\n${HEADLINE}\nTwo harvests a year, and twice the income.\nBy Jane Roe\nPublished on January 29, 2026\n${BODY}`;
    expect(titleOf(page)).toBe(HEADLINE);
  });

  it('is the headline over the byline and the date alone', () => {
    const page = `Home\nNews\nFarming\nSubscribe\n${HEADLINE}\nBy Jane Roe\nPublished on January 29, 2026\n${BODY}`;
    expect(titleOf(page)).toBe(HEADLINE);
  });

  it('a long line in sentence case over a byline stays out: it is no headline’s shape', () => {
    const lead = 'the valley has named the best rice farms of the year and the smallest farm on the river has come first again in the count';
    const page = `Home\nNews\nValley Rice Farms Named\n${lead}\nBy Jane Roe\nPublished on January 29, 2026\n${BODY}`;
    expect(titleOf(page)).toBe('Valley Rice Farms Named');
  });
});
