/**
 * A saved page's list items that hold paragraphs (<li><p>…</p><p>…</p></li>, a <p> and a list nested
 * in it, an item a <br> splits) and its definition lists reach the article as the page shows them
 * (lib/html/article/html-blocks.ts `listPath`, stages/emit.ts): one <li> per item of the page, its
 * number shown once, its lines inside it, each still a p-N line with its id, in order; terms and
 * descriptions a <dl>, valid however many of its lines the stages keep. Every stage reads the lines as
 * before: a block's kind is unchanged, only shown.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { mdxToJs } from 'satteri';
import { parseHTML } from 'linkedom';
import { serializeBody } from '../../scripts/ingest/stages/emit.ts';
import { blocksOf } from '../../scripts/ingest/lib/html/article/html-blocks.ts';
import { shownKindsByText, withShownKinds } from '../../scripts/ingest/lib/html/article/shown-kinds.ts';
import { addParagraphLinks } from '../../src/lib/text/paragraph-links.ts';
import { savedPage, savedSeed } from './helpers.ts';
import type { ListStep, Paragraph, Unit } from '../../scripts/ingest/types.ts';

type Node = { type: string; name?: string; value?: string; attributes?: { name: string; value: string }[]; children?: Node[] };
const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx) as unknown as Node;
const isElement = (n: Node) => n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement';
const attr = (n: Node, name: string) => n.attributes?.find((a) => a.name === name)?.value;
/** A line's text as a reader reads it: its text nodes, a line break for a <br />. */
const textOf = (n: Node): string => (n.name === 'br' ? '\n' : (n.value ?? '') + (n.children ?? []).map(textOf).join(''));

/**
 * The elements of the body as an outline: each element (and blockquote) with its id, start, value or
 * class, and a line's text after a colon; paragraphs holding one element are left out (MDX's wrapping).
 */
function outline(tree: Node, depth = 0): string[] {
  const out: string[] = [];
  for (const n of tree.children ?? []) {
    if (n.type === 'paragraph' && n.children?.length === 1 && isElement(n.children[0])) {
      out.push(...outline({ type: 'root', children: n.children }, depth));
      continue;
    }
    if (!isElement(n) && n.type !== 'blockquote') continue;
    const name = n.type === 'blockquote' ? 'blockquote' : n.name!;
    const more = ['id', 'start', 'value', 'class'].map((a) => (attr(n, a) === undefined ? '' : a === 'id' ? `#${attr(n, a)}` : ` ${a}=${attr(n, a)}`)).join('');
    const line = attr(n, 'id') ? `: ${textOf(n)}` : '';
    out.push(`${'  '.repeat(depth)}${name}${more}${line}`);
    if (!line) out.push(...outline(n, depth + 1));
  }
  return out;
}

const seed = savedSeed;
const page = savedPage;
/** The body's outline between the first paragraph (p-1) and the last. */
const shown = (body: string) => {
  const out = outline(parse(seed(page(body)).body!));
  return out.slice(1, -1);
};

describe('a saved page’s list item holding paragraphs', () => {
  it('is one item of its list, its paragraphs inside it, its number kept', () => {
    expect(
      shown(`<ol start="3"><li><p>Marine biology and the coastal waters of both countries.</p><p>It has the largest share of the fund.</p></li><li><p>Energy storage.</p></li><li>Climate models.</li></ol>`),
    ).toEqual([
      'ol start=3',
      '  li',
      '    p#p-2: Marine biology and the coastal waters of both countries.',
      '    p#p-3: It has the largest share of the fund.',
      '  li',
      '    p#p-4: Energy storage.',
      '  li#p-5: Climate models.',
    ]);
  });

  it('a <p> and a list nested in it, and the text after the list, stay in the item', () => {
    expect(shown(`<ul><li><p>Three fields are funded:</p><ol><li>marine biology</li><li><p>energy storage</p></li></ol><p>Each has its own panel.</p></li><li>Applications are open to all.</li></ul>`)).toEqual([
      'ul',
      '  li',
      '    p#p-2: Three fields are funded:',
      '    ol',
      '      li#p-3: marine biology',
      '      li',
      '        p#p-4: energy storage',
      '    p#p-5: Each has its own panel.',
      '  li#p-6: Applications are open to all.',
    ]);
  });

  it('a label introducing the list nested in the item stays a paragraph, inside the item', () => {
    expect(shown(`<ol><li><p>Metadata elements:</p><ul><li>version, the schema's version</li><li>publisher, the retailer</li></ul></li><li>Reviews follow.</li></ol>`)).toEqual([
      'ol',
      '  li',
      '    p#p-2: Metadata elements:',
      '    ul',
      '      li#p-3: version, the schema\'s version',
      '      li#p-4: publisher, the retailer',
      '  li#p-5: Reviews follow.',
    ]);
  });

  it('a list written directly inside a list (no <li> around it: invalid, common) is nested under the item before it, as browsers draw it', () => {
    expect(shown(`<ul><li>Marine biology and the coastal waters</li><ul><li>coral reefs</li><li>estuaries</li></ul><li>Energy storage and the grid</li></ul>`)).toEqual([
      'ul',
      '  li',
      '    p#p-2: Marine biology and the coastal waters',
      '    ul',
      '      li#p-3: coral reefs',
      '      li#p-4: estuaries',
      '  li#p-5: Energy storage and the grid',
    ]);
    // Before any item, it has none to go under: a list of its own, as before.
    expect(shown(`<ol><ol><li>coral reefs</li><li>estuaries</li></ol><li>Energy storage and the grid</li></ol>`)[0]).toBe('ol');
  });

  it('split by <br>, is one item with one number: its pieces are its lines', () => {
    expect(shown(`<ol><li>The first field is marine biology<br>and the coastal waters</li><li>The second is energy storage</li></ol>`)).toEqual([
      'ol',
      '  li',
      '    p#p-2: The first field is marine biology',
      '    p#p-3: and the coastal waters',
      '  li#p-4: The second is energy storage',
    ]);
  });

  it('holding a quote and code: both inside the item, the code as written, the list going on', () => {
    expect(
      shown(`<ol><li><p>The panel wrote of the first field:</p><blockquote><p>Our seas are {one} sea &amp; &lt;one&gt; shore.</p></blockquote><pre>  x = depth
\tif x &lt; 3: stop</pre></li><li>The second field is energy storage</li></ol>`),
    ).toEqual([
      'ol',
      '  li',
      '    p#p-2: The panel wrote of the first field:',
      '    blockquote',
      '      p#p-3: Our seas are {one} sea & <one> shore.',
      '    pre#p-4:   x = depth\n\tif x < 3: stop',
      '  li#p-5: The second field is energy storage',
    ]);
  });

  it('a list inside a quote is quoted whole; an empty item shows nothing', () => {
    expect(shown(`<blockquote><ul><li><p>Quoted first point.</p><p>Its second line.</p></li><li></li><li>Quoted second point.</li></ul></blockquote>`)).toEqual([
      'blockquote',
      '  ul',
      '    li',
      '      p#p-2: Quoted first point.',
      '      p#p-3: Its second line.',
      '    li#p-4: Quoted second point.',
    ]);
    expect(shown(`<ul><li></li><li> </li></ul><ol><li><p></p></li></ol>`)).toEqual([]);
  });

  it('an item outside any list is a bulleted item of its own; a deep nesting is nested as deep', () => {
    expect(shown(`<li><p>An item the page writes outside any list.</p></li><div><li>And another.</li></div>`)).toEqual([
      'ul',
      '  li',
      '    p#p-2: An item the page writes outside any list.',
      '  li#p-3: And another.',
    ]);
    const deep = (n: number): string => (n === 0 ? '<p>The deepest point.</p>' : `<${n % 2 ? 'ul' : 'ol'}><li>${deep(n - 1)}</li></${n % 2 ? 'ul' : 'ol'}>`);
    const lines = shown(deep(12));
    expect(lines).toHaveLength(25);
    expect(lines[24]).toBe(`${'  '.repeat(24)}p#p-2: The deepest point.`);
  });

  it('every stage reads the lines as before: a <p> in an item is a paragraph block, its list only shown', () => {
    const { document } = parseHTML(`<!doctype html><html><body><ol><li><p>One.</p><p>Two.</p></li><li>Three<br>Four</li></ol><dl><dt>Term</dt><dd>Said.</dd></dl></body></html>`);
    const blocks = blocksOf(document.body);
    expect(blocks.map((b) => `${b.kind}${b.ordered ? ' ordered' : ''}${b.number === undefined ? '' : ` ${b.number}`}: ${b.text}`)).toEqual([
      'paragraph: One.',
      'paragraph: Two.',
      'item ordered 2: Three',
      'item ordered 2: Four',
      'item: Term',
      'item: Said.',
    ]);
    expect(blocks.map((b) => b.listPath!.map((s) => `${s.as}${s.number ?? ''} ${s.list}/${s.item}`).join(' > '))).toEqual(['ol1 1/1', 'ol1 1/1', 'ol2 1/2', 'ol2 1/2', 'dt 2/3', 'dd 2/4']);
  });

  it('a text written in several items is in each copy’s own, when the stages kept every copy; else in none, as before', () => {
    const step = (item: number): ListStep => ({ list: 1, item, as: 'ul' });
    const u = (text: string, item: number, kind?: 'item'): Unit => ({ text, zone: 'body', ...(kind ? { kind } : {}), listPath: [step(item)] });
    const kinds = shownKindsByText([u('Read more', 1, 'item'), u('Read more', 2, 'item'), u('Once', 3), u('Twice', 4), u('Twice', 4)]);
    expect([...kinds]).toEqual([
      ['Read more', { kind: 'item', listPaths: [[step(1)], [step(2)]] }],
      ['Once', { listPath: [step(3)] }],
      ['Twice', { listPath: [step(4)] }],
    ]);
    const p = (n: number, text: string): Paragraph => ({ id: `p-${n}`, text, sentences: [text] });
    const items = (ps: Paragraph[]) => withShownKinds(ps, kinds).map((q) => `${q.text} ${q.kind ?? 'p'} ${q.listPath?.map((s) => s.item).join('>') ?? '-'}`);
    expect(items([p(1, 'Read more'), p(2, 'Once'), p(3, 'Read more')])).toEqual(['Read more item 1', 'Once p 3', 'Read more item 2']);
    // A copy left out: which is which is not known, and neither is in an item.
    expect(items([p(1, 'Read more'), p(2, 'Once')])).toEqual(['Read more item -', 'Once p 3']);
  });

  it('a term each of two definition lists writes is in each list', () => {
    const lists = ['Acceptance rate of the first university', 'Acceptance rate of the second university'].map((d) => `<dl><dt>Acceptance rate</dt><dd>${d} is published every spring.</dd></dl>`);
    expect(shown(lists.join('<p>The second university of the two is much larger, and much harder to get into.</p>'))).toEqual([
      'dl',
      '  dt#p-2: Acceptance rate',
      '  dd#p-3: Acceptance rate of the first university is published every spring.',
      'p#p-4: The second university of the two is much larger, and much harder to get into.',
      'dl',
      '  dt#p-5: Acceptance rate',
      '  dd#p-6: Acceptance rate of the second university is published every spring.',
    ]);
  });
});

describe('a saved page’s definition list', () => {
  it('shows its terms and their descriptions, a description of several paragraphs inside it', () => {
    expect(shown(`<dl><dt>Fund</dt><dd>The joint research fund of both academies.</dd><dt>Panel</dt><dt>Board</dt><dd><p>Twelve scientists.</p><p>Six from each country.</p></dd></dl>`)).toEqual([
      'dl',
      '  dt#p-2: Fund',
      '  dd#p-3: The joint research fund of both academies.',
      '  dt#p-4: Panel',
      '  dt#p-5: Board',
      '  dd',
      '    p#p-6: Twelve scientists.',
      '    p#p-7: Six from each country.',
    ]);
  });

  it('a description before any term, and a term after the last description, stay outside the <dl>: it stays valid', () => {
    expect(shown(`<dl><dd>A description the page writes first.</dd><dt>Fund</dt><dd>The joint research fund.</dd><dt>Panel</dt></dl><dl><dd>Alone.</dd></dl>`)).toEqual([
      'div class=dd',
      '  p#p-2: A description the page writes first.',
      'dl',
      '  dt#p-3: Fund',
      '  dd#p-4: The joint research fund.',
      'div class=dt',
      '  p#p-5: Panel',
      'div class=dd',
      '  p#p-6: Alone.',
    ]);
  });

  it('a term holds only its words: a heading or a list in it is a paragraph of it', () => {
    expect(shown(`<dl><dt><h3>Fund</h3><ul><li>joint</li></ul></dt><dd>Its description.</dd></dl>`)).toEqual(['dl', '  dt', '    p#p-2: Fund', '    p#p-3: joint', '  dd#p-4: Its description.']);
  });
});

describe('items of several lines, on the site', () => {
  const line = (n: number, text: string, listPath: ListStep[], more: Partial<Paragraph> = {}): Paragraph => ({ id: `p-${n}`, text, sentences: [text], listPath, ...more });
  const a: ListStep = { list: 1, item: 1, as: 'ol', number: 4 };
  const b: ListStep = { list: 1, item: 2, as: 'ol', number: 5 };
  const t: ListStep = { list: 2, item: 3, as: 'dt' };
  const d: ListStep = { list: 2, item: 4, as: 'dd' };
  const mdx = serializeBody([
    line(1, 'import x from "y"', [a]),
    line(2, '{props.x} <b>', [a], { kind: 'item', ordered: true, number: 4 }),
    line(3, 'x = 1', [a], { kind: 'pre', verbatim: '  x  =  1' }),
    line(4, '# second', [b], { kind: 'item', ordered: true, number: 5 }),
    line(5, 'Term & <more>', [t], { kind: 'item' }),
    line(6, 'Its description', [d], { kind: 'item' }),
    { id: 'p-7', text: 'after', sentences: ['after'] },
  ]);

  it('compiles with the site’s compiler, the text literal, every line’s id in order', async () => {
    expect(outline(parse(mdx))).toEqual([
      'ol start=4',
      '  li',
      '    p#p-1: import x from "y"',
      '    p#p-2: {props.x} <b>',
      '    pre#p-3:   x  =  1',
      '  li#p-4: # second',
      'dl',
      '  dt#p-5: Term & <more>',
      '  dd#p-6: Its description',
      'p#p-7: after',
    ]);
    const { code } = (await mdxToJs(mdx, {})) as { code: string };
    const ids = [...code.matchAll(/id: "(p-\d+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6', 'p-7']);
    expect(code).toContain('"{props.x} <b>"');
    expect(code).toContain('start: "4"');
  });

  it('each line of an item, and a term and a description, gets its ¶ link', () => {
    const html = '<ol start="4"><li><p id="p-1">one</p><p id="p-2">two</p></li><li id="p-3">three</li></ol><dl><dt id="p-4">Term</dt><dd id="p-5">Said</dd></dl>';
    const linked = addParagraphLinks(html);
    expect([...linked.matchAll(/href="#(p-\d+)"/g)].map((m) => m[1])).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5']);
    expect(linked).toContain('<dt id="p-4" dir="auto">Term<a class="pl" href="#p-4"');
  });
});
