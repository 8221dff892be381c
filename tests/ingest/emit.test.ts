import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import YAML from 'yaml';
import type { Root } from 'mdast';
import { paragraphNodes, stringifyMdx, toMdx, toMdxAsOneTree } from '../../scripts/ingest/stages/emit.ts';

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
});
