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
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { fileURLToPath } from 'node:url';
import type * as FrontmatterYaml from '../lib/frontmatter-yaml.ts';
import { onFirstUse } from '../../lib/on-first-use.ts';
import { textWithMatchingPatterns } from '../lib/mdx-text-patterns.ts';
import { flowWithPlainParagraphs } from '../lib/mdx-plain-paragraphs.ts';
import type { Root, RootContent } from 'mdast';
import type { ListStep, Paragraph } from '../types.ts';
import { spacedAsText } from '../lib/html/article/verbatim-lines.ts';

/**
 * What `unified().use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkStringify, { unsafe })`
 * serializes with: the same serializer (mdast-util-to-markdown) and the same extensions in the same
 * order, those remark-frontmatter and remark-mdx give it. Without the processor, each of the ingest's
 * threads loads no MDX parser (micromark's MDX extensions, acorn): ~90 ms of CPU per thread, for a
 * parser the ingest never runs. tests/ingest/emit.test.ts checks both write the same bytes.
 */
export const TO_MARKDOWN: Options = {
  unsafe: [
    { atBreak: true, character: 'i', after: 'mport\\b' },
    { atBreak: true, character: 'e', after: 'xport\\b' },
  ],
  extensions: [frontmatterToMarkdown(['yaml']), mdxToMarkdown({})],
};
/**
 * The same serializer, whose text handler runs only the unsafe patterns that can match the text
 * (lib/mdx-text-patterns.ts): the same bytes, without ~70 scans of every paragraph.
 */
const WITH_MATCHING_PATTERNS: Options = { ...TO_MARKDOWN, handlers: { text: textWithMatchingPatterns } };
/** An mdast tree (frontmatter, paragraphs) as MDX. */
export const stringifyMdx = (tree: Root): string => toMarkdown(tree, WITH_MATCHING_PATTERNS);

/**
 * Each paragraph as an element holding its text, its id on it. A saved page's sub-heading is an
 * <h2> (the article's title is the page's <h1>), one deeper than the article's highest an <h3>; its
 * list items one <ul> (<ol> when numbered, its numbers the page's) per list of the page, a data table's
 * rows one <table> per run of them, each row a <tr> of its cells; a preformatted line a <pre> as
 * written; a run of lines the page quotes one blockquote (per quote of the page) holding them shown so
 * (lib/html/article/shown-kinds.ts): a link to p-N lands on the same words whatever they are shown as.
 * A picture's caption is a `<p class="caption">` where the picture stood (lib/html/article/picture-captions.ts).
 * The lines of one list item (its paragraphs, its pieces a <br> sets apart, a list nested in it) are in
 * one <li> (<dt>, <dd>: itemListNodes), each still its own <p id="p-N">; an item of one line is that line.
 */
export function paragraphNodes(paragraphs: Paragraph[]): RootContent[] {
  return lineNodes(paragraphs, subHeadings(paragraphs), false, 0);
}

/**
 * `depth`: how many of the lines' list items (Paragraph's `listPath`) are read already, the lines
 * being inside them. Inside a quote, lines are not quoted again (a quote in a quote is one quote).
 */
function lineNodes(paragraphs: readonly Paragraph[], sub: ReadonlySet<Paragraph>, inQuote: boolean, depth: number): RootContent[] {
  const nodes: RootContent[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    if (!inQuote && quotedAt(paragraphs[i], depth)) {
      const quoted: Paragraph[] = [];
      // A quote's first line under another quote starts a quote of its own.
      while (i < paragraphs.length && quotedAt(paragraphs[i], depth) && !(quoted.length && paragraphs[i].quoteStart)) quoted.push(paragraphs[i++]);
      nodes.push({ type: 'blockquote', children: lineNodes(quoted, sub, true, depth) } as RootContent);
      continue;
    }
    const step = paragraphs[i].listPath?.[depth];
    if (step) {
      const run: Paragraph[] = [];
      const inList = (p: Paragraph | undefined) => {
        const s = p?.listPath?.[depth];
        return s !== undefined && s.list === step.list && listOf(s) === listOf(step) && (inQuote || !quotedAt(p!, depth));
      };
      while (inList(paragraphs[i])) run.push(paragraphs[i++]);
      nodes.push(...itemListNodes(run, sub, inQuote, depth));
      continue;
    }
    const kind = kindAt(paragraphs[i]);
    if (kind !== 'item' && kind !== 'row') {
      const p = paragraphs[i++];
      nodes.push(kind === 'pre' ? preNode(p) : kind === 'caption' ? lineNode(p, 'p', [attribute('class', 'caption')]) : lineNode(p, kind !== 'heading' ? 'p' : sub.has(p) ? 'h3' : 'h2'));
      continue;
    }
    // A numbered list and a bulleted one right under it are two lists; so are a list and the quote after it.
    const ordered = paragraphs[i].ordered;
    const run: Paragraph[] = [];
    while (i < paragraphs.length && kindAt(paragraphs[i]) === kind && paragraphs[i].ordered === ordered && !paragraphs[i].listPath?.[depth] && (inQuote || !paragraphs[i].quoted)) run.push(paragraphs[i++]);
    nodes.push(kind === 'item' ? listNode(run, ordered === true) : tableNode(run));
  }
  return nodes;
}

/**
 * How a line is shown among the lines of its item: an item's own text (the <li>'s words, beside its
 * paragraphs) is a paragraph there. A line in no item known (its text written in two) as its kind says.
 */
const kindAt = (p: Paragraph) => (p.kind === 'item' && p.listPath ? undefined : p.kind);

/**
 * The quote holds the line at this depth: the line is quoted, and its next list item (if any) is in
 * the quote, not the quote in the item.
 */
const quotedAt = (p: Paragraph, depth: number): boolean => {
  const step = p.listPath?.[depth];
  return p.quoted === true && (step === undefined || step.quoted === true);
};

/** The list element an item is shown in: <ol>, <ul>, or <dl> for a term and its description. */
const listOf = (s: ListStep): 'ol' | 'ul' | 'dl' => (s.as === 'dt' || s.as === 'dd' ? 'dl' : s.as);
/**
 * The sub-headings shown as <h3>: those deeper than the article's highest level (the smallest number),
 * once one of the highest has been shown as an <h2>. A deeper one before it (a page that opens with an
 * <h3> and has its <h2>s further down) is an <h2> too: an <h3> right under the page's <h1> would skip
 * a level, and a screen reader's list of headings would start one level down.
 */
function subHeadings(paragraphs: Paragraph[]): Set<Paragraph> {
  const headings = paragraphs.filter((p) => p.kind === 'heading');
  let top = Infinity;
  for (const p of headings) if (p.level !== undefined && p.level < top) top = p.level;
  const sub = new Set<Paragraph>();
  let underTop = false;
  for (const p of headings) {
    if ((p.level ?? top) > top && underTop) sub.add(p);
    else if ((p.level ?? top) <= top) underTop = true;
  }
  return sub;
}

/**
 * A run of items as a list; a numbered one shows the page's numbers: `start` when its first is not 1,
 * `value` on an item whose number is not the one before it plus one (a list reversed, or an item the
 * stages left out before it). An item with no number of its own counts on, as the browser counts.
 */
function listNode(items: Paragraph[], ordered: boolean): RootContent {
  if (!ordered) return flow('ul', [], items.map((p) => lineNode(p, 'li')));
  const first = items[0].number ?? 1;
  let next = first;
  const lines = items.map((p) => {
    const value = p.number !== undefined && p.number !== next ? [attribute('value', String(p.number))] : [];
    next = (p.number ?? next) + 1;
    return lineNode(p, 'li', value);
  });
  return flow('ol', first === 1 ? [] : [attribute('start', String(first))], lines);
}

/**
 * A list of the page (`run`: its lines, each in one of its items): one <li> per item, however many
 * lines it holds, its number shown once (`start`, `value` as listNode shows them); a definition
 * list's terms and descriptions a <dl>.
 */
function itemListNodes(run: readonly Paragraph[], sub: ReadonlySet<Paragraph>, inQuote: boolean, depth: number): RootContent[] {
  const items: ListItem[] = [];
  for (const p of run) {
    const step = p.listPath![depth];
    const last = items[items.length - 1];
    if (last && last.step.item === step.item) last.lines.push(p);
    else items.push({ step, lines: [p] });
  }
  const list = listOf(items[0].step);
  if (list === 'dl') return definitionNodes(items, sub, inQuote, depth);
  const first = list === 'ol' ? (items[0].step.number ?? 1) : 1;
  let next = first;
  const shown = items.map(({ step, lines }) => {
    const value = list === 'ol' && step.number !== undefined && step.number !== next ? [attribute('value', String(step.number))] : [];
    next = (step.number ?? next) + 1;
    return itemNode('li', lines, value, sub, inQuote, depth);
  });
  return [flow(list, first === 1 ? [] : [attribute('start', String(first))], shown)];
}

interface ListItem {
  step: ListStep;
  lines: Paragraph[];
}

/**
 * An item of one line that is its words (no paragraph, no quote of its own) is that line: `<li
 * id="p-N">`. Else each of its lines is shown inside it, as it would be outside (a <p id="p-N">…).
 */
function itemNode(name: 'li' | 'dd', lines: readonly Paragraph[], more: ReturnType<typeof attribute>[], sub: ReadonlySet<Paragraph>, inQuote: boolean, depth: number): RootContent {
  const p = lines[0];
  if (lines.length === 1 && p.kind === 'item' && p.listPath!.length === depth + 1 && (inQuote || !p.quoted)) return lineNode(p, name, more);
  return flow(name, more, lineNodes(lines, sub, inQuote, depth + 1));
}

/**
 * A term (<dt>) holds no heading, table or list of its own: its lines are its words, a <p> each when
 * they are more than one.
 */
const termNode = (lines: readonly Paragraph[]): RootContent => (lines.length === 1 ? lineNode(lines[0], 'dt') : flow('dt', [], lines.map((p) => lineNode(p, 'p'))));

/**
 * Terms and their descriptions as a <dl>, which HTML lets open only with a term and close only with a
 * description: a description before any term (the page's, or a stage left its term out) and a term
 * after the last description are shown as they would be, outside it (`<div class="dd">`, `"dt"`).
 */
function definitionNodes(items: readonly ListItem[], sub: ReadonlySet<Paragraph>, inQuote: boolean, depth: number): RootContent[] {
  const firstTerm = items.findIndex((it) => it.step.as === 'dt');
  let lastDescription = items.length - 1;
  while (lastDescription >= 0 && items[lastDescription].step.as !== 'dd') lastDescription--;
  const alone = ({ step, lines }: ListItem) => flow('div', [attribute('class', step.as)], step.as === 'dt' ? lines.map((p) => lineNode(p, 'p')) : lineNodes(lines, sub, inQuote, depth + 1));
  if (firstTerm === -1 || lastDescription < firstTerm) return items.map(alone);
  const inList = items.slice(firstTerm, lastDescription + 1).map((it) => (it.step.as === 'dt' ? termNode(it.lines) : itemNode('dd', it.lines, [], sub, inQuote, depth)));
  return [...items.slice(0, firstTerm).map(alone), flow('dl', [], inList), ...items.slice(lastDescription + 1).map(alone)];
}

/** One line as `<name id="p-N">text</name>`: a JSX element whose only child is a text node, which the serializer escapes. */
function lineNode(p: Paragraph, name: 'p' | 'h2' | 'h3' | 'li' | 'dt' | 'dd', more: ReturnType<typeof attribute>[] = []): RootContent {
  const element = textElement(name, p.text, p.id);
  element.attributes.push(...more);
  return { type: 'paragraph', children: [element] } as RootContent;
}

/**
 * A preformatted line as the page wrote it (when that is its text but for spacing), in a <pre>: each
 * line of it a text node, a <br /> between them, all on one line of the MDX. A line of MDX starting
 * with spaces or tabs loses them, and a blank one ends the paragraph; neither can happen there, and
 * each text node is escaped as any paragraph's.
 */
function preNode(p: Paragraph): RootContent {
  const written = p.verbatim !== undefined && spacedAsText(p.verbatim) === p.text ? p.verbatim : p.text;
  const children: unknown[] = [];
  written.split('\n').forEach((line, i) => {
    if (i) children.push({ type: 'mdxJsxTextElement', name: 'br', attributes: [], children: [] });
    if (line) children.push({ type: 'text', value: line });
  });
  return { type: 'paragraph', children: [{ type: 'mdxJsxTextElement', name: 'pre', attributes: [attribute('id', p.id)], children }] } as RootContent;
}

function textElement(name: string, text: string, id?: string) {
  return { type: 'mdxJsxTextElement', name, attributes: id ? [attribute('id', id)] : [], children: [{ type: 'text', value: text }] };
}

const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });

function flow(name: string, attributes: ReturnType<typeof attribute>[], children: RootContent[]): RootContent {
  return { type: 'mdxJsxFlowElement', name, attributes, children } as RootContent;
}

/**
 * A run of rows as a table in the site's box that scrolls sideways on a narrow screen (the box every
 * table of the site is in: src/components/ScrollBox.astro); each row's id on its <tr>, each cell's
 * text its own text node, a row of header cells <th>. A row of one cell among wider ones (a note
 * across the table, lib/html/article/html-blocks.ts isSpanningRow) spans the table's columns.
 */
function tableNode(rows: Paragraph[]): RootContent {
  const columns = Math.max(...rows.map((p) => p.cells?.length ?? 1));
  const cellNode = (p: Paragraph, cell: string, across: boolean) => {
    const element = textElement(p.headerRow ? 'th' : 'td', cell);
    if (across) element.attributes.push(attribute('colspan', String(columns)));
    return { type: 'paragraph', children: [element] } as RootContent;
  };
  const tr = (p: Paragraph) => {
    const cells = p.cells ?? [p.text];
    return flow('tr', [attribute('id', p.id)], cells.map((cell) => cellNode(p, cell, cells.length === 1 && columns > 1)));
  };
  const table = flow('table', [], [flow('tbody', [], rows.map(tr))]);
  return flow('section', [attribute('class', 'table-scroll'), attribute('tabindex', '0'), attribute('aria-label', 'Table (scrolls sideways)')], [table]);
}

/** Loaded on first use: the ingest's worker threads make bodies only, and need no YAML library. */
const yamlWriter = onFirstUse<typeof FrontmatterYaml>(fileURLToPath(new URL('../lib/frontmatter-yaml.ts', import.meta.url)));

/** The frontmatter as an MDX document of its own: `---`, YAML, `---`. */
export function serializeFrontmatter(frontmatter: object): string {
  return stringifyMdx({ type: 'root', children: [yamlNode(frontmatter)] } as Root);
}

/**
 * YAML 1.1 quotes ISO dates: Astro's YAML reader would otherwise turn them into Date objects.
 * frontmatterYaml writes what `YAML.stringify(frontmatter, { lineWidth: 0, version: '1.1' })` does, faster.
 */
function yamlNode(frontmatter: object): RootContent {
  return { type: 'yaml', value: yamlWriter().frontmatterYaml(frontmatter).trimEnd() } as RootContent;
}

/**
 * The paragraphs as MDX: per article, so it is made once in the per-article stages and cached. The
 * plain paragraphs are written without the serializer, the same bytes (lib/mdx-plain-paragraphs.ts).
 */
export function serializeBody(paragraphs: Paragraph[]): string {
  return flowWithPlainParagraphs(paragraphNodes(paragraphs), (children) => stringifyMdx({ type: 'root', children }));
}

/**
 * Frontmatter and body serialized apart, joined as remark joins two top-level nodes (one blank
 * line): the body is made in the per-article stages, the frontmatter only once the corpus stages
 * have placed the article. tests/ingest/emit.test.ts checks this equals serializing one tree.
 */
export function joinMdx(frontmatter: string, body: string): string {
  return frontmatter + '\n' + body;
}

export function toMdx(frontmatter: object, paragraphs: Paragraph[]): string {
  return joinMdx(serializeFrontmatter(frontmatter), serializeBody(paragraphs));
}

/** The same document as one mdast tree: what joinMdx must equal. */
export function toMdxAsOneTree(frontmatter: object, paragraphs: Paragraph[]): string {
  return stringifyMdx({ type: 'root', children: [yamlNode(frontmatter), ...paragraphNodes(paragraphs)] } as Root);
}
