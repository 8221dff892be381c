// The MDX serializer given only the unsafe patterns that can match a text (lib/mdx-text-patterns.ts)
// writes byte for byte what it writes with all of them.
import { describe, expect, it } from 'vitest';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Root, RootContent } from 'mdast';
import { paragraphNodes, stringifyMdx, TO_MARKDOWN } from '../../scripts/ingest/stages/emit.ts';
import { patternsThatCanMatch } from '../../scripts/ingest/lib/mdx-text-patterns.ts';

const NASTY = [
  'export const leak = process.env',
  'import fs from "node:fs"',
  'a\nimport x from "y"\r\nexport default 1\rimport',
  '{1 + 1} and {process.exit(1)} <Tag /> <!-- c --> &copy; &#x41; &',
  '# h\n## h2\n* a\n- b\n+ c\n1. d\n2) e\n> q\n    code\n\tcode\n---\n===\n~~~\n```',
  '_under_ a_b a__b __x__ **bold** *it* ~~strike~~ | table | cell | [l](u) ![i](s) <http://a.b> \\ \\*',
  'trailing backslash \\',
  ' lead and trail space \t',
  '中文 “quotes” ‘single’ — dash é \u00a0 😀 \u007f \u0000',
  '',
];

/** A seeded random generator (mulberry32): the same texts on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t >>> 0) / 4294967296);
  };
}
// Every ASCII punctuation mark, line endings, tabs, the letters of the import/export guards, digits, and a few others.
const ALPHABET = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', '\n', '\r', '\t', ' ', ' ', ' ', ...'importexabc0123456789', 'é', '中', '\u00a0', '😀', '\u007f', '\u0001'];
function randomText(next: () => number): string {
  const length = Math.floor(next() * 40);
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return text;
}

/** Text in the contexts the serializer knows: our paragraph wrapper, plain paragraphs, emphasis, headings, links, several text siblings. */
function trees(texts: string[]): Root[] {
  const t = (value: string) => ({ type: 'text', value }) as const;
  const [a, b, c] = [texts[0] ?? '', texts[1] ?? '', texts[2] ?? ''];
  return [
    { type: 'root', children: paragraphNodes(texts.map((text, i) => ({ id: `p-${i + 1}`, text, sentences: [text] }))) },
    {
      type: 'root',
      children: [
        { type: 'paragraph', children: [t(a), { type: 'emphasis', children: [t(b)] }, t(c), { type: 'strong', children: [t(a)] }] },
        { type: 'heading', depth: 2, children: [t(b)] },
        { type: 'paragraph', children: [{ type: 'link', url: 'https://x/y', children: [t(c)] }, t(a), { type: 'inlineCode', value: b }] },
        { type: 'blockquote', children: [{ type: 'paragraph', children: [t(c), t(b)] }] },
        { type: 'list', ordered: false, children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [t(a)] }] }] },
      ] as RootContent[],
    },
  ];
}

describe('MDX text with only the unsafe patterns that can match', () => {
  it('writes the same bytes as the serializer with every pattern, on nasty text', () => {
    for (const tree of trees(NASTY)) expect(stringifyMdx(tree)).toBe(toMarkdown(tree, TO_MARKDOWN));
    for (let i = 0; i + 2 < NASTY.length; i++) for (const tree of trees(NASTY.slice(i, i + 3))) expect(stringifyMdx(tree)).toBe(toMarkdown(tree, TO_MARKDOWN));
  });

  it('writes the same bytes as the serializer with every pattern, on random text', () => {
    const next = random(13);
    for (let round = 0; round < 600; round++) {
      const texts = [randomText(next), randomText(next), randomText(next)];
      for (const tree of trees(texts)) expect(stringifyMdx(tree), JSON.stringify(texts)).toBe(toMarkdown(tree, TO_MARKDOWN));
    }
  });

  it('leaves out the patterns that cannot match: a character absent, a break pattern without a line ending', () => {
    const patterns = [
      { character: '*', inConstruct: 'phrasing' as const },
      { character: '#', atBreak: true },
      { character: '#', inConstruct: 'phrasing' as const },
      { character: 'é' },
      { character: '<', beforeNode: 'text' as const, atBreak: true },
    ];
    expect(patternsThatCanMatch(patterns, 'a # b')).toEqual([patterns[2]]);
    expect(patternsThatCanMatch(patterns, 'a\n# b * é <')).toEqual(patterns);
    expect(patternsThatCanMatch(patterns, '<')).toEqual([patterns[4]]);
    expect(patternsThatCanMatch(patterns, 'a # b', '*', 'é')).toEqual([patterns[0], patterns[2], patterns[3]]);
  });
});
