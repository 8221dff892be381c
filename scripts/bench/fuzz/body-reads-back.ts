/**
 * Whether an article's MDX body parses back (as Astro's MDX compiler reads it: micromark with the
 * MDX extensions) to exactly its paragraphs' text: a body that does not would fail the site's build,
 * or show other text than the ingest kept.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

/** Null when the body reads back as `texts`; else what went wrong. */
export function bodyReadBackError(body: string, texts: string[]): string | null {
  let tree;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    return `the body is no valid MDX: ${(error as Error).message.slice(0, 200)}`;
  }
  const read: string[] = [];
  for (const block of tree.children) {
    const element = block.type === 'paragraph' ? block.children[0] : block;
    if (!element || element.type !== 'mdxJsxTextElement' && element.type !== 'mdxJsxFlowElement') return `a block that is no <p>: ${block.type}`;
    read.push(element.children.map((c) => ('value' in c ? c.value : '')).join(''));
  }
  if (read.length !== texts.length) return `${read.length} paragraph(s) read back, ${texts.length} kept`;
  const i = read.findIndex((t, n) => t !== texts[n]);
  return i === -1 ? null : `paragraph ${i + 1} reads back as ${JSON.stringify(read[i].slice(0, 80))}, kept ${JSON.stringify(texts[i].slice(0, 80))}`;
}
