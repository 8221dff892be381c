/**
 * The author's box between the byline and the date: "By" / the name (twice: a link and its card) /
 * the writer's biography / a link to the site's editorial policy / the date. The link sits right over
 * the date, as a headline does, and the biography opens the run: the headline is the line over the
 * byline, measured against the article under the box, not against the biography (issue 13). Text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

const HEADLINE = 'Four Rules That Doubled Our Incomes';
const BIO = 'Jane Roe is a writer and reporter who has covered farms and rivers since 2018. She writes on markets and harvests for the Valley Post and other regional papers.';
const menu = 'Home\nNews\nFarming\nWeather\nMarkets\nSubscribe';

describe('a headline over an author’s box with a biography', () => {
  it('is the line over the byline, not the policy link under the biography', () => {
    const page = `${menu}\n${HEADLINE}\nBy\nJane Roe\nJane Roe\n${BIO}\nLearn more about the Valley Post's Editorial Process\nPublished on 01/25/26\nClose\n${BODY}`;
    expect(titleOf(page)).toBe(HEADLINE);
  });

  it('is the line over its deck and the byline, with a link of other words under the biography', () => {
    const page = `${menu}\n${HEADLINE}\nTwo crops a year, and twice the money for every grower.\nBy\nJane Roe\nJane Roe\n${BIO}\nValley Post Editorial Guidelines\nPublished on January 29, 2026\nClose\n${BODY}`;
    expect(titleOf(page)).toBe(HEADLINE);
  });

  it('a sub-heading under a paragraph on a person, inside the article, is not taken for that link', () => {
    const page = `${menu}\n${HEADLINE}\nBy Jane Roe\nPublished on January 29, 2026\n${BODY}\nJohn Doe is a farmer who has grown rice in the valley for forty years and was the first to plant twice.\nWhat the Council Plans Next\n${BODY}`;
    expect(titleOf(page)).toBe(HEADLINE);
  });
});
