/**
 * Where the text path's article starts when a recipe (or a product's page) opens on a list of
 * amounts, its ingredients, above the method's paragraphs, with a few lines of times and figures
 * between: each item weighs as a menu's link does, so the run started under the list and the items
 * went as the page's header. Pages written here: the first failed before the rule; the others hold
 * that a column of years (a list of past winners, an archive's menu) and the counts a site shows
 * still start no article.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const TOP = ['Home', 'Recipes', 'Baking', 'Cakes', 'Search', 'Sign in', 'Plum and Almond Tart', 'a tart for late summer evenings', '212 comments', 'Rating: 4.6'];
const LIST = ['For the pastry:', '200 g flour', '100 g cold butter', '50 g sugar', '1 egg yolk', 'For the filling:', '600 g ripe plums', '80 g ground almonds', '2 tbsp brown sugar'];
const BETWEEN = ['Add to shopping list', 'Method', 'Prep time 30 minutes', 'Baking time 45 minutes'];
const BODY = [
  'Rub the butter into the flour until it looks like fine crumbs, then stir in the sugar and bind the dough with the egg yolk and a spoonful of cold water.',
  'Press the dough into a greased tin, prick the base all over with a fork and chill it for half an hour while you halve and stone the plums for the filling.',
  'Scatter the almonds over the base, lay the plums on top cut side up, sprinkle them with the brown sugar and bake the tart until the fruit is soft and the edges are golden.',
];
const FOOTER = ['About us', 'Contact', 'Privacy policy'];

describe('main-text: a list of amounts above the first paragraph', () => {
  it('starts at the list (its first group heading), items and all', () => {
    const page = [...TOP, ...LIST, ...BETWEEN, ...BODY, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept.slice(0, LIST.length)).toEqual(LIST);
    expect(kept).toContain(BODY[2]);
    expect(kept).not.toContain('Sign in');
  });

  it('does not start at a column of years over the article', () => {
    const years = ['2024 Maria Stone', '2023 Peter Hall', '2022 Lena Brook', '2021 Omar Reed', '2020 Ruth King'];
    const page = [...TOP.slice(0, 6), 'Award', 'Overview', ...years, ...BODY, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    for (const y of years) expect(kept).not.toContain(y);
  });

  it('does not start at a few counts the site shows', () => {
    const counts = ['212 comments', '18 shares', '4 photos'];
    const page = [...TOP.slice(0, 6), 'Plum and Almond Tart', ...counts, ...BODY, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    for (const c of counts) expect(kept).not.toContain(c);
  });

  it('does not start at a list far above the first paragraph', () => {
    const filler = Array.from({ length: 26 }, (_, i) => `Section ${String.fromCharCode(65 + i)}`);
    const page = [...TOP, ...LIST, ...filler, ...BODY, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).not.toContain('200 g flour');
  });
});

describe('main-text: items that count by one are no list of amounts', () => {
  it('does not start at a form’s choices, a row of ordinals or contents counting down', () => {
    const guests = ['1 guest', '2 guests', '3 guests', '4 guests', '5 guests'];
    const grades = ['1st grade worksheets', '2nd grade worksheets', '3rd grade worksheets', '4th grade worksheets'];
    const contents = ['12 months out', '11 months out', '10 months out', '9 months out', '8 months out'];
    for (const rows of [guests, grades, contents]) {
      const page = [...TOP.slice(0, 6), 'Plum and Almond Tart', ...rows, ...BODY, ...FOOTER].join('\n');
      const { kept } = chooseArticle(page);
      for (const r of rows) expect(kept).not.toContain(r);
    }
  });
});
