/**
 * emit: an article becomes MDX through an mdast tree serialized by remark (remark-mdx +
 * remark-frontmatter), never by pasting text into a template. Each paragraph is a `<p id="p-N">`
 * JSX element whose only child is a text node, so the serializer escapes everything MDX would
 * read as code or markup: `{`, `<`, `*`, `#`, backticks, `&entities;`.
 *
 * One gap in the serializer is closed here: a line that starts with `import` or `export` is MDX's
 * ESM syntax, and remark-mdx does not escape it in a plain paragraph. Our paragraphs start with
 * `<p`, so that cannot happen in them; the extra unsafe patterns make sure it cannot happen anywhere.
 */
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import YAML from 'yaml';
import type { Root, RootContent } from 'mdast';
import type { Paragraph } from '../types.ts';

const processor = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx)
  .use(remarkStringify, {
    unsafe: [
      { atBreak: true, character: 'i', after: 'mport\\b' },
      { atBreak: true, character: 'e', after: 'xport\\b' },
    ],
  });

export function paragraphNodes(paragraphs: Paragraph[]): RootContent[] {
  return paragraphs.map((p) => ({
    type: 'paragraph',
    children: [
      {
        type: 'mdxJsxTextElement',
        name: 'p',
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: p.id }],
        children: [{ type: 'text', value: p.text }],
      },
    ],
  })) as RootContent[];
}

export function toMdx(frontmatter: object, paragraphs: Paragraph[]): string {
  const tree: Root = {
    type: 'root',
    // YAML 1.1 quotes ISO dates: Astro's YAML reader would otherwise turn them into Date objects.
    children: [{ type: 'yaml', value: YAML.stringify(frontmatter, { lineWidth: 0, version: '1.1' }).trimEnd() }, ...paragraphNodes(paragraphs)],
  };
  return processor.stringify(tree);
}
