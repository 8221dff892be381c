/**
 * A saved page's quotes, preformatted text and numbered lists reach the article as the page shows
 * them (lib/html/article/html-blocks.ts, list-numbers.ts, verbatim-lines.ts, shown-kinds.ts;
 * stages/emit.ts): a <blockquote>'s lines in one blockquote, a <pre> as written, an <ol start="5">
 * from 5. Each line keeps its p-N id and stays a paragraph for every stage. Read back with the MDX
 * parser, and compiled by the site's (satteri): the text is literal, its spacing kept.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { mdxToJs } from 'satteri';
import { serializeBody } from '../../scripts/ingest/stages/emit.ts';
import { shownKindsByText } from '../../scripts/ingest/lib/html/article/shown-kinds.ts';
import { htmlInteger } from '../../scripts/ingest/lib/html/article/list-numbers.ts';
import { verbatimLines } from '../../scripts/ingest/lib/html/article/verbatim-lines.ts';
import { savedPage, savedSeed } from './helpers.ts';
import type { Paragraph, Unit } from '../../scripts/ingest/types.ts';

type Node = { type: string; name?: string; value?: string; attributes?: { name: string; value: string }[]; children?: Node[] };
const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx) as unknown as Node;

/** Every node of the tree, depth first. */
function nodes(tree: Node): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    out.push(n);
    n.children?.forEach(walk);
  };
  walk(tree);
  return out;
}
const attr = (n: Node, name: string) => n.attributes?.find((a) => a.name === name)?.value;
const jsx = (tree: Node, name: string) => nodes(tree).filter((n) => (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === name);
/** A <pre> element's text as a reader sees it: its text nodes, a line break for each <br />. */
const preText = (pre: Node) => pre.children!.map((c) => (c.name === 'br' ? '\n' : c.value)).join('');

const seed = savedSeed;
const page = savedPage;

const QUOTE = '“We share {data} & <tools> &amp; code with every partner,” said Li Wei, the director of the institute.';
const QUOTE_PAGE = page(`<blockquote><p>“We share {data} &amp; &lt;tools&gt; &amp;amp; code with every partner,” said Li Wei, the director of the institute.</p>
<p>Both teams will publish their results together, in open journals, from next year on.</p></blockquote>
<p>The fund pays for projects in three fields, chosen each spring by a panel of scientists from both countries.</p>`);

const CODE = '  def share(data):\n\tif data < 3 && ok:\n        return "<script>alert(1)</script>" # {x}\n\n    print(`&amp;`)';
const PRE_PAGE = page(`<p>The teams publish the script that reads the cores, which begins as follows in its first version:</p>
<pre>
  def share(data):
\tif data &lt; 3 &amp;&amp; ok:<script>alert(2)</script>
        return "&lt;script&gt;alert(1)&lt;/script&gt;" # {x}

    print(\`&amp;amp;\`)   
</pre>`);

describe('a saved page’s blockquote', () => {
  it('is one blockquote of its lines, each a <p> with its p-N id, its text literal', () => {
    const outcome = seed(QUOTE_PAGE);
    const paragraphs = outcome.record!.paragraphs;
    expect(paragraphs.filter((p) => p.quoted).map((p) => p.text)).toEqual([QUOTE, 'Both teams will publish their results together, in open journals, from next year on.']);
    const tree = parse(outcome.body!);
    const quotes = nodes(tree).filter((n) => n.type === 'blockquote');
    expect(quotes).toHaveLength(1);
    expect(jsx(quotes[0], 'p').map((p) => `${attr(p, 'id')}: ${p.children!.map((c) => c.value).join('')}`)).toEqual(paragraphs.filter((p) => p.quoted).map((p) => `${p.id}: ${p.text}`));
    // Every line keeps its id, in order.
    expect(jsx(tree, 'p').map((p) => attr(p, 'id'))).toEqual(paragraphs.map((p) => p.id));
  });

  it('is a paragraph for every stage: the same text, quotes, people and figures as without it', () => {
    const quoted = seed(QUOTE_PAGE).record!;
    const plain = seed(QUOTE_PAGE.replace('<blockquote>', '<div>').replace('</blockquote>', '</div>')).record!;
    const strip = (ps: Paragraph[]) => ps.map(({ id, text, sentences }) => ({ id, text, sentences }));
    expect(strip(quoted.paragraphs)).toEqual(strip(plain.paragraphs));
    expect(quoted.quotes).toEqual(plain.quotes);
    expect(quoted.quotes.length).toBeGreaterThan(0);
    expect(quoted.people).toEqual(plain.people);
    expect(quoted.figures).toEqual(plain.figures);
    expect(plain.paragraphs.some((p) => p.quoted)).toBe(false);
  });

  it('two quotes one under the other are two quotes', () => {
    const outcome = seed(page(`<blockquote><p>The first post of the two, written by the director of the institute.</p><p>Its second line.</p></blockquote><blockquote><p>The second post, written by the minister an hour later.</p></blockquote>`));
    const quotes = nodes(parse(outcome.body!)).filter((n) => n.type === 'blockquote');
    expect(quotes.map((q) => jsx(q, 'p').map((p) => p.children![0].value))).toEqual([
      ['The first post of the two, written by the director of the institute.', 'Its second line.'],
      ['The second post, written by the minister an hour later.'],
    ]);
  });

  it('inside a list item is a quote inside the item, the list going on after it', () => {
    const outcome = seed(page(`<ol start="3"><li>The first field is marine biology and the coastal waters:<blockquote>Our seas are one sea, the panel wrote.</blockquote></li><li>The second is energy storage</li></ol>`));
    const shown = nodes(parse(outcome.body!)).filter((n) => n.type === 'blockquote' || n.name === 'ol' || n.name === 'li').map((n) => (n.name === 'ol' ? `ol ${attr(n, 'start')}` : n.name ?? n.type));
    expect(shown).toEqual(['ol 3', 'li', 'blockquote', 'li']);
  });

  it('holding a heading, a table, a numbered list and code, compiles with the site’s compiler, every line’s id in order', async () => {
    const q = (n: number, text: string, more: Partial<Paragraph> = {}): Paragraph => ({ id: `p-${n}`, text, sentences: [text], quoted: true, ...more });
    const mdx = serializeBody([
      q(1, '# Quoted <h2>', { kind: 'heading', level: 2 }),
      q(2, 'a | {b}', { kind: 'row', cells: ['a', '{b}'] }),
      q(3, '1. one', { kind: 'item', ordered: true, number: 4 }),
      q(4, 'x = 1', { kind: 'pre', verbatim: '  x  =  1' }),
      q(5, '> not a second quote'),
      { id: 'p-6', text: 'after', sentences: ['after'] },
    ]);
    const tree = parse(mdx);
    expect(nodes(tree).filter((n) => n.type === 'blockquote')).toHaveLength(1);
    expect(nodes(tree).filter((n) => attr(n, 'id')?.startsWith('p-')).map((n) => `${n.name}#${attr(n, 'id')}`)).toEqual(['h2#p-1', 'tr#p-2', 'li#p-3', 'pre#p-4', 'p#p-5', 'p#p-6']);
    const { code } = (await mdxToJs(mdx, {})) as { code: string };
    for (const id of ['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6']) expect(code).toContain(`id: "${id}"`);
    expect(code).toContain('children: "  x  =  1"');
    expect(code).toContain('start: "4"');
  });

  it('a text the page writes quoted and not is a paragraph', () => {
    const u = (text: string, quoted?: true): Unit => ({ text, zone: 'body', ...(quoted ? { quoted } : {}) });
    const kinds = shownKindsByText([u('Said twice'), u('Said twice', true), u('Quoted', true), u('Quoted', true)]);
    expect([...kinds]).toEqual([['Quoted', { quoted: true }]]);
  });
});

describe('a saved page’s preformatted text', () => {
  it('is a <pre> with its p-N id, its spaces, tabs and line breaks as written; the line’s text single-spaced as before', () => {
    const outcome = seed(PRE_PAGE);
    const pre = outcome.record!.paragraphs.find((p) => p.kind === 'pre')!;
    expect(pre.text).toBe(CODE.replace(/\s+/g, ' ').trim());
    expect(pre.verbatim).toBe(CODE);
    const shown = jsx(parse(outcome.body!), 'pre');
    expect(shown.map((n) => attr(n, 'id'))).toEqual([pre.id]);
    expect(preText(shown[0])).toBe(CODE);
  });

  it('compiles, with the site’s MDX compiler, to the same text: nothing trimmed, nothing run', async () => {
    const { code } = (await mdxToJs(seed(PRE_PAGE).body!, {})) as { code: string };
    // The compiled children's strings, as JSON writes them (a tab as it is).
    const strings = [...code.matchAll(/^ *("(?:[^"\\]|\\.)*"),?$/gm)].map((m) => JSON.parse(m[1].replace(/\t/g, '\\t')) as string);
    for (const line of CODE.split('\n').filter(Boolean)) expect(strings).toContain(line);
    expect(code).not.toMatch(/alert\(2\)/);
  });

  it('lines a <br> sets apart are <pre>s of their own; a <pre> of one line is shown as it reads', () => {
    const outcome = seed(page('<pre>x  =  1<br>    y = {2}</pre><pre>one line</pre>'));
    const shown = jsx(parse(outcome.body!), 'pre').map(preText);
    expect(shown).toEqual(['x  =  1', '    y = {2}', 'one line']);
    expect(outcome.record!.paragraphs.filter((p) => p.kind === 'pre').map((p) => p.text)).toEqual(['x = 1', 'y = {2}', 'one line']);
  });

  it('a form feed or vertical tab in it is spacing, shown as a space: no raw control character reaches the MDX', () => {
    const outcome = seed(page('<pre>x  =\f1<br>  y\v=  2</pre>'));
    expect(outcome.body!).not.toMatch(/[\f\v]/);
    expect(jsx(parse(outcome.body!), 'pre').map(preText)).toEqual(['x  = 1', '  y =  2']);
  });

  it('as written only when it is the line’s words', () => {
    expect(verbatimLines(['\n  a  b\n'], ['a b'])).toEqual(['  a  b']);
    expect(verbatimLines(['a b'], ['a b'])).toEqual([undefined]);
    expect(verbatimLines(['a  b', ' '], ['a b', 'c'])).toBeUndefined();
    expect(verbatimLines(['a  c'], ['a b'])).toBeUndefined();
    // A line a stage changed is shown as it reads, never the page's other words.
    const mdx = serializeBody([{ id: 'p-1', text: 'a b', sentences: ['a b'], kind: 'pre', verbatim: 'a\n  c' }]);
    expect(jsx(parse(mdx), 'pre').map(preText)).toEqual(['a b']);
  });
});

describe('a saved page’s numbered list', () => {
  const numbersOf = (html: string) => {
    const tree = parse(seed(page(html)).body!);
    return jsx(tree, 'ol').map((ol) => {
      let next = Number(attr(ol, 'start') ?? 1);
      return jsx(ol, 'li').map((li) => {
        const shown = attr(li, 'value') !== undefined ? Number(attr(li, 'value')) : next;
        next = shown + 1;
        return shown;
      });
    });
  };
  const items = (n: number, extra = '') => Array.from({ length: n }, (_, i) => `<li${i === 1 ? extra : ''}>Item number ${i + 1} of the list of fields</li>`).join('');

  it('shows the numbers the page shows: start, reversed, an item’s value', () => {
    expect(numbersOf(`<ol start="5">${items(3)}</ol>`)).toEqual([[5, 6, 7]]);
    expect(numbersOf(`<ol start="0">${items(2)}</ol>`)).toEqual([[0, 1]]);
    expect(numbersOf(`<ol start="-3">${items(2)}</ol>`)).toEqual([[-3, -2]]);
    expect(numbersOf(`<ol reversed>${items(3)}</ol>`)).toEqual([[3, 2, 1]]);
    expect(numbersOf(`<ol start="10" reversed>${items(2)}</ol>`)).toEqual([[10, 9]]);
    expect(numbersOf(`<ol>${items(3, ' value="7"')}</ol>`)).toEqual([[1, 7, 8]]);
  });

  it('a number the browser would not read is none: the list counts from 1', () => {
    expect(numbersOf(`<ol start="abc">${items(2)}</ol>`)).toEqual([[1, 2]]);
    expect(numbersOf(`<ol start="">${items(2)}</ol>`)).toEqual([[1, 2]]);
    expect(numbersOf(`<ol start="99999999999">${items(2)}</ol>`)).toEqual([[1, 2]]);
    expect(numbersOf(`<ol start=" 4th">${items(2)}</ol>`)).toEqual([[4, 5]]);
  });

  it('reads integers as HTML does', () => {
    expect([' 5', '+5', '-0', '007', '3.9', '5abc', 'abc', '', '- 3', '2147483647', '2147483648', '\u00a05'].map(htmlInteger)).toEqual([5, 5, 0, 7, 3, 5, undefined, undefined, undefined, 2147483647, undefined, undefined]);
    expect(htmlInteger(null)).toBeUndefined();
  });

  it('a bulleted list has no numbers; two items of one text with two numbers keep none', () => {
    const outcome = seed(page(`<ul>${items(2)}</ul>`));
    expect(outcome.record!.paragraphs.filter((p) => p.number !== undefined)).toEqual([]);
    const u = (text: string, number: number): Unit => ({ text, zone: 'body', kind: 'item', ordered: true, number });
    expect([...shownKindsByText([u('Yes', 1), u('Yes', 4), u('No', 2), u('No', 2)])]).toEqual([
      ['Yes', { kind: 'item', ordered: true }],
      ['No', { kind: 'item', ordered: true, number: 2 }],
    ]);
  });
});
