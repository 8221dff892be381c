/**
 * Dedupe recall: a field of an item written with a bar between its name and its value ("Size
 * Range | Up to 3X", "Price Range | $$"), as cards of a guide show them. Items share values, so a
 * field with its value comes again under several items: every copy is the article's, as for "Light:
 * Bright, indirect light" (dedupe-field-repeats.test.ts), when the page gives the same name other
 * values too (a field of a template). A line with a bar whose name never takes another value (a
 * credit "Photo | Harbor Press" under each picture) keeps one copy. Invented page; the first case
 * failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const INTRO = 'Finding clothes that are made fairly and fit well is hard, so we tried on the ranges of six small shops over a year and wrote down what each one does best.';
const INTRO2 = 'Every shop below pays the people who sew its clothes a fair wage, and most of them use fabric that is organic, recycled or made without harsh dyes.';
const OUTRO = 'Whichever shop you choose, wash its clothes cold and dry them on a line: they last longer, and the fabric keeps its colour for years.';
const SHOPS = ['Harbor Knits', 'Bay Linen Co', 'Tidewater Denim', 'Gull Street Basics', 'Keel and Rope', 'Lantern Outdoor'];
const SIZES = ['Size Range | Up to 3X', 'Size Range | Up to 3X', 'Size Range | Up to 6X', 'Size Range | Up to 3X', 'Size Range | Up to 6X', 'Size Range | Up to 3X'];
const about = (s: string) => `${s} makes everyday clothes in small batches from fabric bought close to its workshop, and it mends anything it sold you for free for the first two years.`;

function page(extra: (i: number) => string): string {
  const items = SHOPS.flatMap((s, i) => [s, about(s), SIZES[i], 'Price Range | $$', extra(i), `Shop ${s}`]);
  return ['Six Fair Clothing Shops Worth Knowing', 'By Jane Smith', INTRO, INTRO2, ...items, OUTRO].join('\n\n');
}

describe('dedupe: a field of an item written with a bar', () => {
  it('keeps every copy of a field whose name the page gives other values too', () => {
    const body = article(page((i) => `Best For | ${['Knitwear', 'Linen shirts', 'Denim', 'Basics', 'Rain jackets', 'Hiking'][i]}`)).record.paragraphs.map((p) => p.text);
    expect(body.filter((p) => p === 'Size Range | Up to 3X')).toHaveLength(4);
    expect(body.filter((p) => p === 'Size Range | Up to 6X')).toHaveLength(2);
  });

  it('still keeps one copy of a credit with a bar that never changes', () => {
    const body = article(page(() => 'Photo | Harbor Press')).record.paragraphs.map((p) => p.text);
    expect(body.filter((p) => p === 'Photo | Harbor Press').length).toBeLessThanOrEqual(1);
  });

  // barField looks for the bar before it counts words, and counts to 13 at most: the same fields.
  it('reads a line of more words than a field has as no field, bar or not', () => {
    const long = (i: number) => `Size Range | Up to ${i + 3}X in every one of the cuts and colours the shop sells online and in its stores`;
    const body = article(page(() => 'Photo | Harbor Press').replace(/Size Range \| Up to \dX/g, (_m, at: number) => long(at % 2))).record.paragraphs.map((p) => p.text);
    expect(body.filter((p) => p === long(0)).length).toBeLessThanOrEqual(1);
    expect(body.filter((p) => p === long(1)).length).toBeLessThanOrEqual(1);
  });

  it('reads a bar without spaces round it as no field', () => {
    const body = article(page(() => 'Photo | Harbor Press').replaceAll('Size Range | ', 'Size Range|')).record.paragraphs.map((p) => p.text);
    expect(body.filter((p) => p === 'Size Range|Up to 3X').length).toBeLessThanOrEqual(1);
  });
});
