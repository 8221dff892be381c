/**
 * Text path: a page whose stamp stands away from the article's header (under the article, or beside a
 * headline the page's menus hid) and that shows no other date at all. When one line of the whole page
 * holds a calendar day, and that line has a stamp's shape (the date alone, or in a row with a byline,
 * a time or a category), it is the page's stamp. A date in a sentence, an update line, a commenter's
 * date, a range of days (an event's) or a page with a second dated line stays undated. Small pages
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.';
const HEADLINE = 'New science plan for Africa launched by China';
const page = (footer: string) => `${HEADLINE}\n\n${P1}\n\n${P2}\n\n${P3}\n\n${footer}`;

describe('the only dated line of a page', () => {
  it('dates the page when it stands alone under the article, under a name with no label', () => {
    const { record, report } = article(page('Ann Lee\n\nNov 18, 2025\n\nCategories: science\n\nShare this page'));
    expect(record.date?.date).toBe('2025-11-18');
    expect(record.date?.evidence).toContain('Nov 18, 2025');
    expect(rules(report)).toContain('date-sole-line');
  });

  it('dates the page from a row of fields under the article ("August 12, 2025 By The Team")', () => {
    const { record } = article(page('Training\n\nAugust 12, 2025 By The Science Team\n\nShop all'));
    expect(record.date?.date).toBe('2025-08-12');
  });

  it('does not date the page when a second line holds a date', () => {
    const { record } = article(page('Ann Lee\n\nNov 18, 2025\n\nRelated\n\nA second programme for Asia\n\nNov 20, 2025'));
    expect(record.date).toBeNull();
  });

  it('does not date the page by a day named in a sentence', () => {
    const text = `${HEADLINE}\n\n${P1}\n\nApplications for the programme are open and run through July 31, 2025, the ministry said in its statement.\n\n${P2}\n\n${P3}`;
    expect(article(text).record.date).toBeNull();
  });

  it("does not date the page by a commenter's date", () => {
    expect(article(page('20 Comments\n\nPieter\n\nMay 14, 2022 / 8:12 pm\n\nThanks for sharing this.')).record.date).toBeNull();
    expect(article(page('2 thoughts on this\n\nAnn Lee says:\n\nApril 8, 2024 at 3:45 pm\n\nGreat piece, thanks.')).record.date).toBeNull();
  });

  it("does not date the page by an event's range of days", () => {
    expect(article(page('Upcoming conference\n\nNairobi, Kenya: 23-26 March 2026\n\nRegister now')).record.date).toBeNull();
  });

  it('does not date the page by an update line: an update is kept apart from the publication', () => {
    expect(article(page('Last updated June 3, 2024\n\nShort URL: example.org/science')).record.date).toBeNull();
  });
});

describe("a row of a post's fields run together under the article", () => {
  it("dates the page by the first such row, not the neighbouring posts' rows after it", () => {
    const footer = 'Field Notes, GuidesAnn LeeApril 10, 20175 Guides, Light4 Comments\n\nFacebook0 Twitter 0 Likes\n\nPrevious\n\nOn The Road: Early Starts\n\nOn The RoadAnn LeeApril 11, 2017Harbour, Morning\n\nNext\n\nAt Home: Slow Evenings\n\nAt HomeAnn LeeApril 6, 2017';
    const { record, report } = article(page(footer));
    expect(record.date?.date).toBe('2017-04-10');
    expect(rules(report)).toContain('date-field-row');
  });

  it("dates the page by the author's name run into the date at the end of its row", () => {
    const footer = 'Ann LeeMarch 3, 2024\n\nShare0 Post 0 Likes\n\nPrevious\n\nWhy slow mornings help\n\nAnn LeeMarch 17, 2024\n\nNext\n\nThree quiet walks\n\nAnn LeeFebruary 2, 2024';
    const { record, report } = article(page(footer));
    expect(record.date?.date).toBe('2024-03-03');
    expect(rules(report)).toContain('date-field-row');
  });

  it("leaves the page undated when the rows under the article are a list of other stories' rows", () => {
    // "Latest" teasers, each a title and its "By NAME" row run into its day: more rows than an
    // article's own with its previous and next post, close together; none is the article's.
    const teaser = (title: string, name: string, day: number) => `${title}\n\nBy ${name}December ${day}, 2023`;
    const footer = ['Latest', teaser('Five quiet walks for winter', 'Ann Lee', 19), teaser('Why slow mornings help', 'Ben Ode', 19), teaser('A new bridge for the harbour', 'Cy Park', 18), teaser('Three rivers in spring', 'Di Moss', 17)].join('\n\n');
    const { record, report } = article(page(footer));
    expect(record.date).toBeNull();
    expect(rules(report)).not.toContain('date-field-row');
  });

  it("keeps the article's own row that stands apart above such a list", () => {
    const teaser = (title: string, name: string, day: number) => `${title}\n\nBy ${name}December ${day}, 2023`;
    const list = [teaser('Five quiet walks for winter', 'Ann Lee', 19), teaser('Why slow mornings help', 'Ben Ode', 19), teaser('A new bridge for the harbour', 'Cy Park', 18), teaser('Three rivers in spring', 'Di Moss', 17)].join('\n\n');
    const footer = `Eve RossNovember 2, 2023\n\nShare this article\n\nFacebook\n\nEmail\n\nSign up for our newsletter\n\nMore from the desk\n\nLatest\n\n${list}`;
    const { record, report } = article(page(footer));
    expect(record.date?.date).toBe('2023-11-02');
    expect(rules(report)).toContain('date-field-row');
  });

  it('is not read from a sentence that ends on a date', () => {
    const footer = 'Previous\n\nWhy slow mornings help\n\nThe walk was held on March 17, 2024\n\nNext\n\nThree quiet walks\n\nIt ended on February 2, 2024';
    expect(article(page(footer)).record.date).toBeNull();
  });

  it('is not read when its fields are apart: a list of stories with their dates', () => {
    const footer = 'Previous\n\nOn The Road: Early Starts\n\nOn The Road Ann Lee April 11, 2017 Harbour, Morning\n\nNext\n\nAt Home: Slow Evenings\n\nAt Home Ann Lee April 6, 2017';
    expect(article(page(footer)).record.date).toBeNull();
  });
});
