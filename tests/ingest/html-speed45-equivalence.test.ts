/**
 * Session 45's HTML speed changes, held to the code they replace:
 *
 * - the shape of a text node's text (lib/html/article/readability-speed.ts: its characters other than
 *   whitespace, its runs of whitespace, whether it starts or ends with one) is read from the runs a
 *   pattern finds, not by testing every character in a loop. Both must give the same shape, alone and
 *   joined onto the shape of the text before it, for every kind of whitespace trim knows (and the
 *   characters it does not: U+180E, U+200B), lone surrogates, characters outside the BMP, empty texts
 *   and random mixes.
 */
import { describe, expect, it } from 'vitest';
import { shapeOfString, type TextShape } from '../../scripts/ingest/lib/html/article/readability-speed.ts';

/** The loop the pattern replaces, as it was (character by character, \s as trim knows it). */
function shapeByLoop(text: string, into: TextShape): void {
  const isWhitespace = (code: number) => /\s/.test(String.fromCharCode(code));
  let solid = 0;
  let runs = 0;
  let blank = false;
  for (let i = 0; i < text.length; i++) {
    if (isWhitespace(text.charCodeAt(i))) {
      if (!blank) runs++;
      blank = true;
    } else {
      solid++;
      blank = false;
    }
  }
  if (text.length === 0) return;
  const startsBlank = isWhitespace(text.charCodeAt(0));
  if (into.empty) {
    into.startsBlank = startsBlank;
    into.runs = runs;
  } else {
    into.runs += runs - (into.endsBlank && startsBlank ? 1 : 0);
  }
  into.solid += solid;
  into.endsBlank = blank;
  into.empty = false;
}

const empty = (): TextShape => ({ solid: 0, runs: 0, empty: true, startsBlank: false, endsBlank: false });

/** The shape of the texts one after another, as shapeOf reads an element's text nodes. */
function shapesOf(texts: readonly string[], read: (text: string, into: TextShape) => void): TextShape {
  const shape = empty();
  for (const text of texts) read(text, shape);
  return shape;
}

// Every whitespace character \s and trim know, and some they do not.
const WHITESPACE = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const NOT_WHITESPACE = ['\u180e', '\u200b', '\u200e', 'a', 'Z', '9', '.', '合', 'ß', '\ud83d\ude00', '\ud83d', '\ude00', '\u0000', '\u0085'];

const NASTY = [
  '',
  ' ',
  '   ',
  'word',
  ' word',
  'word ',
  '  two  words  ',
  'a\tb\nc\r\nd',
  '\u00a0\u00a0Flood\u3000barriers\u2028hold\ufeff',
  '\u180eno\u200bspace\u180e',
  '\ud83d\ude00 \ud83d \ude00',
  '\u0085next line\u0085',
  ' '.repeat(1000) + 'x' + '\n'.repeat(1000),
  'x'.repeat(5000),
];

describe("a text node's shape, read from its whitespace runs", () => {
  it('is the loop\'s shape for every character, alone', () => {
    for (const ch of [...WHITESPACE, ...NOT_WHITESPACE]) {
      for (const text of [ch, ch + ch, `a${ch}b`, `${ch}a${ch}`, `${ch}${ch}a`]) {
        expect(shapesOf([text], shapeOfString), JSON.stringify(text)).toEqual(shapesOf([text], shapeByLoop));
      }
    }
  });

  it("is the loop's shape on nasty texts, alone and joined onto the text before", () => {
    for (const a of NASTY) {
      expect(shapesOf([a], shapeOfString), JSON.stringify(a)).toEqual(shapesOf([a], shapeByLoop));
      for (const b of NASTY) expect(shapesOf([a, b], shapeOfString), JSON.stringify([a, b])).toEqual(shapesOf([a, b], shapeByLoop));
    }
  });

  it("is the loop's shape on random mixes of text nodes", () => {
    const pool = [...WHITESPACE, ...NOT_WHITESPACE, 'word', 'the ', ' ', '  '];
    let seed = 45;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let round = 0; round < 2000; round++) {
      const texts = Array.from({ length: random(5) }, () => Array.from({ length: random(12) }, () => pool[random(pool.length)]).join(''));
      expect(shapesOf(texts, shapeOfString), JSON.stringify(texts)).toEqual(shapesOf(texts, shapeByLoop));
    }
  });

  it('can tell a wrong shape: a run counted twice is caught', () => {
    const wrong = (text: string, into: TextShape) => {
      shapeByLoop(text, into);
      if (text.includes('  ')) into.runs++;
    };
    expect(shapesOf(['a  b'], wrong)).not.toEqual(shapesOf(['a  b'], shapeOfString));
  });
});
