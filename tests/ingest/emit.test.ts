import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import YAML from 'yaml';
import type { Root } from 'mdast';
import { paragraphNodes, serializeBody, serializeBodyAsOneTree, stringifyMdx, toMdx, toMdxAsOneTree } from '../../scripts/ingest/stages/emit.ts';

/** Text that MDX would run or render as markup if it were pasted into the file. */
const NASTY = [
  'export const leak = process.env',
  'import fs from "node:fs"',
  '{1 + 1} and {process.exit(1)}',
  '<script>alert("x")</script>',
  '<Tag /> and <Component prop={1}>child</Component>',
  '# Not a heading',
  '* not a list item',
  '1. not an ordered list',
  '---',
  '> not a quote',
  '&copy; &amp; &#x41;',
  '`code` and ```fence```',
  '<!-- not a comment -->',
  'A line with trailing backslash \\',
  '    four spaces of indent',
  '[not a link](javascript:alert(1)) and ![img](x.png)',
  '_under_ **bold** ~~strike~~ | table | cell |',
  '中文 “quotes” and ‘single’ — dash',
];

function parse(mdx: string) {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).parse(mdx);
}

describe('emit', () => {
  it('serializes every paragraph so that MDX reads it back as the same literal text', () => {
    const paragraphs = NASTY.map((text, i) => ({ id: `p-${i + 1}`, text, sentences: [text] }));
    const mdx = toMdx({ title: 'x: {y} --- <z>', slug: 's' }, paragraphs);
    const tree = parse(mdx);
    const [front, ...body] = tree.children;
    expect(front.type).toBe('yaml');
    expect(YAML.parse((front as { value: string }).value)).toEqual({ title: 'x: {y} --- <z>', slug: 's' });
    expect(body.map((n) => n.type)).toEqual(NASTY.map(() => 'paragraph'));
    body.forEach((node, i) => {
      const children = (node as { children: { type: string; name?: string; attributes?: { value: string }[]; children?: { type: string; value: string }[] }[] }).children;
      expect(children, NASTY[i]).toHaveLength(1);
      expect(children[0]).toMatchObject({ type: 'mdxJsxTextElement', name: 'p' });
      expect(children[0].attributes?.[0].value).toBe(`p-${i + 1}`);
      expect(children[0].children?.map((c) => c.type)).toEqual(['text']);
      expect(children[0].children?.[0].value).toBe(NASTY[i]);
    });
  });

  it('never produces ESM, expressions or other JSX than the paragraph wrappers', () => {
    const paragraphs = NASTY.map((text, i) => ({ id: `p-${i + 1}`, text, sentences: [text] }));
    const types = new Set<string>();
    const walk = (n: { type: string; name?: string; children?: unknown[] }) => {
      types.add(n.type === 'mdxJsxTextElement' ? `jsx:${n.name}` : n.type);
      (n.children as (typeof n)[] | undefined)?.forEach(walk);
    };
    walk(parse(toMdx({ a: 1 }, paragraphs)));
    expect([...types].sort()).toEqual(['jsx:p', 'paragraph', 'root', 'text', 'yaml']);
  });

  it('joins frontmatter and body serialized apart exactly as one tree is serialized', () => {
    const paragraphs = NASTY.map((text, i) => ({ id: `p-${i + 1}`, text, sentences: [text] }));
    const frontmatter = { title: 'x: {y} --- <z>', summary: NASTY.join(' '), people: [{ slug: 'a', name: 'A', role: null }], date: '2020-10-30' };
    expect(toMdx(frontmatter, paragraphs)).toBe(toMdxAsOneTree(frontmatter, paragraphs));
    expect(toMdx(frontmatter, paragraphs.slice(0, 1))).toBe(toMdxAsOneTree(frontmatter, paragraphs.slice(0, 1)));
  });

  it('writes byte for byte what the remark processor it replaced writes', () => {
    // The processor emit.ts used before it called the serializer itself (the same extensions, in
    // the same order): every byte of every article file must stay the same.
    const remark = unified()
      .use(remarkFrontmatter, ['yaml'])
      .use(remarkMdx)
      .use(remarkStringify, {
        unsafe: [
          { atBreak: true, character: 'i', after: 'mport\\b' },
          { atBreak: true, character: 'e', after: 'xport\\b' },
        ],
      });
    const texts = [...NASTY, ...NASTY.map((t) => ` ${t}\n${t} `), 'import x from "y"\nexport default x', 'a\u00a0b\tc  d', '*', '-', '+ 1', '#', '|', '\\', '<', '{', '&', ''];
    const paragraphs = texts.map((text, i) => ({ id: `p-${i + 1}`, text, sentences: [text] }));
    const yaml = { type: 'yaml', value: 'title: "x: {y} --- <z>"\nsummary: |-\n  a\n  ---\n  b' };
    for (const children of [paragraphNodes(paragraphs), [yaml], [yaml, ...paragraphNodes(paragraphs)]]) {
      const tree = { type: 'root', children } as Root;
      expect(stringifyMdx(tree)).toBe(remark.stringify(tree));
    }
  });

  it('writes a body paragraph by paragraph exactly as the serializer writes the whole tree', () => {
    const texts = [...NASTY, ...NASTY.map((t) => ` ${t}\n${t} `), 'Plain prose. With (brackets), "quotes" - dashes + signs = 100 % #1 @ 3:00 / ? ^ |.', '1. Not a list', '- Not a list', '# Not a heading', '> Not a quote', '', ' ', 'a\u00a0b', '中文 “quotes” — dash…'];
    const paragraphs = texts.map((text, i) => ({ id: `p-${i + 1}`, text, sentences: [text] }));
    expect(serializeBody(paragraphs)).toBe(serializeBodyAsOneTree(paragraphs));
    expect(serializeBody(paragraphs.slice(-1))).toBe(serializeBodyAsOneTree(paragraphs.slice(-1)));
    expect(serializeBody([])).toBe(serializeBodyAsOneTree([]));
  });

  it('writes text with no character the serializer escapes as it is, wherever each character stands', () => {
    // Every printable ASCII character the serializer may leave alone, in every position of short
    // texts (seeded, so a failure repeats), with letters, digits and other scripts' spaces and marks.
    const alphabet = [...' "#$%\'()+,-./:;=?@^|aZ09', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '’', '“', '—', '…', 'é', '中', '😀'];
    let state = 1;
    const random = (n: number) => (state = (state * 1103515245 + 12345) % 2147483648) % n;
    const paragraphs = Array.from({ length: 3000 }, (_, i) => {
      let text = '';
      for (let k = 1 + random(8); k > 0; k--) text += alphabet[random(alphabet.length)];
      return { id: `p-${i + 1}`, text, sentences: [text] };
    });
    for (let i = 0; i < paragraphs.length; i += 100) {
      const some = paragraphs.slice(i, i + 100);
      expect(serializeBody(some)).toBe(serializeBodyAsOneTree(some));
    }
  });
});
