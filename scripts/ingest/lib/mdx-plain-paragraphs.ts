/**
 * The body's plain paragraphs written as MDX without the serializer (stages/emit.ts): most of a body
 * is `<p id="p-N">text</p>` lines whose text holds nothing the serializer escapes, and running
 * mdast-util-to-markdown over them (its handlers, its tracker, a scan per unsafe pattern) was ~8 % of
 * an HTML page's whole ingest (CPU profile of the metadata set, session 57). Such a paragraph is
 * written here as the serializer writes it; every other node (a heading, a list, a quote, a table, a
 * paragraph whose text needs an escape) still goes through the serializer, a run of them at a time,
 * so the joins inside a run are its own. tests/ingest/emit-plain-paragraphs.test.ts holds the bytes
 * to the serializer's on nasty and random texts, and the bench sets' bodies were compared whole.
 */
import type { RootContent } from 'mdast';

/**
 * A text the serializer writes unchanged inside our paragraph element: none of the characters its
 * phrasing patterns escape or read around (`\`, `&`, `*`, `<`, `[`, `]`, `_`, a backtick, `{`), no
 * control character (line endings among them, so no pattern that needs a break can match), and no
 * space at either end. Anything else (`#`, `-`, `1.` …) is escaped only at a line's start, and the
 * text starts after the element's `>`.
 */
const UNCHANGED_TEXT = /^[^\x00-\x20\x7f-\x9f\\&*<[\]_`{](?:[^\x00-\x1f\x7f-\x9f\\&*<[\]_`{]*[^\x00-\x20\x7f-\x9f\\&*<[\]_`{])?$/;
/** An id the serializer writes in double quotes as it is. */
const PLAIN_ID = /^[A-Za-z0-9-]+$/;

type JsxText = { type: 'mdxJsxTextElement'; name: string; attributes: { type: string; name?: string; value?: unknown }[]; children: { type: string; value?: unknown }[] };

/** `<p id="…">text</p>` as the serializer writes that paragraph node, or null for any other node or a text it would escape. */
export function plainParagraphMdx(node: RootContent): string | null {
  if (node.type !== 'paragraph' || node.children.length !== 1) return null;
  const element = node.children[0] as unknown as JsxText;
  if (element.type !== 'mdxJsxTextElement' || element.name !== 'p' || element.attributes.length !== 1 || element.children.length !== 1) return null;
  const [id] = element.attributes;
  const [text] = element.children;
  if (id.type !== 'mdxJsxAttribute' || id.name !== 'id' || typeof id.value !== 'string' || !PLAIN_ID.test(id.value)) return null;
  if (text.type !== 'text' || typeof text.value !== 'string' || !UNCHANGED_TEXT.test(text.value)) return null;
  return `<p id="${id.value}">${text.value}</p>`;
}

/**
 * Top-level nodes as MDX: the plain paragraphs written here, every run of other nodes by `serialize`
 * (the serializer on a root of those nodes), joined as the serializer joins top-level nodes (one blank
 * line, a newline at the end). Where a run writes nothing, the whole body goes to the serializer.
 */
export function flowWithPlainParagraphs(nodes: RootContent[], serialize: (nodes: RootContent[]) => string): string {
  const parts: string[] = [];
  let start = 0;
  const flush = (end: number): boolean => {
    if (start === end) return true;
    const written = serialize(nodes.slice(start, end));
    if (!written.endsWith('\n') || written.length === 1) return false;
    parts.push(written.slice(0, -1));
    return true;
  };
  for (let i = 0; i < nodes.length; i++) {
    const plain = plainParagraphMdx(nodes[i]);
    if (plain === null) continue;
    if (!flush(i)) return serialize(nodes);
    parts.push(plain);
    start = i + 1;
  }
  if (!flush(nodes.length)) return serialize(nodes);
  return parts.length ? parts.join('\n\n') + '\n' : serialize(nodes);
}
