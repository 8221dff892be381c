// The body's plain paragraphs written without the serializer (lib/mdx-plain-paragraphs.ts): the same
// bytes as the serializer writes for the whole body, on nasty and random texts in every kind of line.
import { describe, expect, it } from 'vitest';
import { paragraphNodes, serializeBody, stringifyMdx } from '../../scripts/ingest/stages/emit.ts';
import { plainParagraphMdx } from '../../scripts/ingest/lib/mdx-plain-paragraphs.ts';
import type { Paragraph } from '../../scripts/ingest/types.ts';
import { prng } from '../../scripts/bench/fuzz/prng.ts';

/** What the body was before: the serializer over every node. */
const bySerializer = (paragraphs: Paragraph[]) => stringifyMdx({ type: 'root', children: paragraphNodes(paragraphs) });
const line = (text: string, i: number, shape: Partial<Paragraph> = {}): Paragraph => ({ id: `p-${i + 1}`, text, sentences: [text], ...shape });

const NASTY = [
  'export const leak = process.env',
  'import fs from "node:fs"',
  '{1 + 1} and <Tag /> &copy; & Co',
  '# not a heading',
  '1. not a list',
  '2) nor this',
  '- nor a bullet',
  '> nor a quote',
  '=== nor a rule',
  '~~~ nor a fence',
  '_under_ a_b **bold** *it* `code` [l](u) ![i](s) \\',
  ' lead and trail space ',
  'double  space inside',
  'nbsp at the end\u00a0',
  '\u00a0nbsp at the start',
  'a line\nbroken',
  '中文 “quotes” ‘single’ — dash é 😀',
  'Plain: a sentence (with brackets), a question? Yes! 45% of $3/day; "quoted" and \'single\' - a dash.',
  '#hashtag in the middle of 1. a text - with + signs = and > marks ~ tilde ) bracket',
  '',
];

const ALPHABET = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', '\n', '\r', '\t', ' ', ' ', ' ', ' ', ...'importexabc0123456789', 'é', '中', '\u00a0', '\u2028', '\u0085', '😀', '\u007f', '\u0001'];
/** Mostly letters and spaces, as a body is, with any other character now and then. */
function randomText(next: () => number): string {
  const length = Math.floor(next() * 30);
  let text = '';
  for (let i = 0; i < length; i++) text += next() < 0.7 ? 'abcde  '[Math.floor(next() * 7)] : ALPHABET[Math.floor(next() * ALPHABET.length)];
  return text;
}
/** Any shape a line can take: a paragraph, a heading, a list's item, a quoted line, a row, preformatted text, a caption. */
function randomShape(next: () => number, i: number): Partial<Paragraph> {
  const r = next();
  if (r < 0.5) return {};
  if (r < 0.6) return { kind: 'heading', level: 2 + Math.floor(next() * 3) };
  if (r < 0.7) return { kind: 'item', listPath: [{ list: 1 + Math.floor(next() * 2), item: i, as: next() < 0.5 ? 'ul' : 'ol' }] };
  if (r < 0.8) return { quoted: true, ...(next() < 0.3 ? { quoteStart: true as const } : {}) };
  if (r < 0.87) return { kind: 'row', cells: ['a', 'b&c'] };
  if (r < 0.94) return { kind: 'pre' };
  return { kind: 'caption' };
}

describe('plain paragraphs written without the serializer', () => {
  it('writes a plain paragraph itself, and leaves one the serializer escapes to it', () => {
    const [plain] = paragraphNodes([line('A sentence, plain: "quoted" (45%)!', 0)]);
    expect(plainParagraphMdx(plain)).toBe('<p id="p-1">A sentence, plain: "quoted" (45%)!</p>');
    for (const text of ['a & b', 'a * b', 'a <b', 'a [b]', 'a_b', 'a `b`', 'a {b}', 'a \\ b', ' a', 'a ', 'a\nb', '']) {
      expect(plainParagraphMdx(paragraphNodes([line(text, 0)])[0]), text).toBeNull();
    }
    expect(plainParagraphMdx(paragraphNodes([line('A heading', 0, { kind: 'heading', level: 2 })])[0])).toBeNull();
  });

  it('the whole body is the serializer\'s, byte for byte, on nasty texts', () => {
    const plain = NASTY.map((text, i) => line(text, i));
    expect(serializeBody(plain)).toBe(bySerializer(plain));
    for (let i = 0; i < NASTY.length; i++) expect(serializeBody([line(NASTY[i], 0)]), NASTY[i]).toBe(bySerializer([line(NASTY[i], 0)]));
    expect(serializeBody([])).toBe(bySerializer([]));
  });

  it('the whole body is the serializer\'s, byte for byte, on 3,000 random bodies of every kind of line', () => {
    const { next } = prng(57);
    for (let round = 0; round < 3000; round++) {
      const count = 1 + Math.floor(next() * 8);
      const body = Array.from({ length: count }, (_, i) => line(next() < 0.1 ? NASTY[Math.floor(next() * NASTY.length)] : randomText(next), i, randomShape(next, i)));
      expect(serializeBody(body), JSON.stringify(body)).toBe(bySerializer(body));
    }
  });
});
