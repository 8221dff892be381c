/**
 * The words of a box's class or id (lib/html/furniture/html-furniture.ts wordsOf), read in one pass over
 * each name, must be the words the chain of splits and replaces it took the place of gave, on nasty and
 * random values.
 */
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../scripts/ingest/lib/html/furniture/html-furniture.ts';

const STATE_CLASS = /^(?:category|tag|tags|topic|section|format|has|with|no|is)-/;
/** The code wordsOf replaced, as it was. */
function chainedWordsOf(value: string, classes: boolean): string[] {
  const words: string[] = [];
  for (const name of value.split(/\s+/)) {
    if (!name || (classes && STATE_CLASS.test(name.toLowerCase()))) continue;
    let negated = false;
    const parts = name.split(/[^A-Za-z0-9]+/).filter((part) => !/\d/.test(part));
    for (const w of parts.join(' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/)) {
      if (!w) continue;
      if (!negated) words.push(w);
      negated = w === 'no' || w === 'without' || w === 'hide';
    }
  }
  return words;
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('the words of a class or id', () => {
  it('are the chained splits\' words on nasty values', () => {
    const values = [
      '', ' ', '  a  ', 'author-bio', 'authorBio', 'AuthorBIO', 'aBcDeF', 'ABC', 'abc', 'a1b', 'share_bar 08ad', 'col-md-8 entry-content', 'no-promo', 'no promo', 'without-sidebar ad',
      'hide-share', 'hideShare', 'no-no-ad', 'nono', 'category-social has-comments', 'Tag-x', 'IS-promo', 'is-promo', 'x--y__z', 'ſhare', 'Kelvin-K', 'İs-ad', 'ad\u00a0box', 'ad\u2028box',
      'é-promo', 'promoÉ', 'a-', '-a', '9', 'a9B', 'fooBar9 bazQux', 'no-9 ad', 'no- ad',
    ];
    for (const v of values) for (const classes of [true, false]) expect(wordsOf(v, classes), JSON.stringify(v)).toEqual(chainedWordsOf(v, classes));
  });

  it('are the chained splits\' words on random values', () => {
    const parts = ['a', 'B', 'z', 'Z', 'ad', 'Ad', 'no', 'No', 'without', 'hide', 'share', 'Bar', '-', '_', ' ', '  ', '\t', '1', '0', 'é', 'ſ', 'K', 'İ', 'ı', 'category-', 'has-', 'is-', '\u00a0', '\ud83d\ude00'];
    const next = random(13);
    for (let i = 0; i < 20000; i++) {
      let v = '';
      const length = Math.floor(next() * 9);
      for (let j = 0; j < length; j++) v += parts[Math.floor(next() * parts.length)];
      for (const classes of [true, false]) expect(wordsOf(v, classes), JSON.stringify(v)).toEqual(chainedWordsOf(v, classes));
    }
  });
});
