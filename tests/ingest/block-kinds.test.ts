/**
 * A saved page's sub-headings and list items reach the article as a heading and a list, each line
 * keeping its p-N id (lib/html/article/shown-kinds.ts, stages/emit.ts); a text seed's lines, and a
 * line the stages changed, stay paragraphs. Read back with the MDX parser: the text is literal.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { serializeBody } from '../../scripts/ingest/stages/emit.ts';
import { shownKindsByText, withShownKinds } from '../../scripts/ingest/lib/html/article/shown-kinds.ts';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { article, matchers, PROSE } from './helpers.ts';
import type { Paragraph, Unit } from '../../scripts/ingest/types.ts';

type Node = { type: string; name?: string; value?: string; attributes?: { name: string; value: string }[]; children?: Node[] };
const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx) as unknown as Node;

/** Every JSX element of the tree, in order, as `name#id: text`. */
function elements(tree: Node): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') {
      const id = n.attributes?.find((a) => a.name === 'id')?.value;
      out.push(id ? `${n.name}#${id}: ${n.children?.map((c) => c.value).join('')}` : `${n.name}`);
      if (!id) n.children?.forEach(walk);
      return;
    }
    n.children?.forEach(walk);
  };
  walk(tree);
  return out;
}

const P = (n: number, text: string, kind?: Paragraph['kind']): Paragraph => ({ id: `p-${n}`, text, sentences: [text], ...(kind ? { kind } : {}) });

const PAGE = `<!doctype html><html lang="en"><head><title>Joint research fund opens</title>
<meta property="og:title" content="Joint research fund opens"></head><body><article>
<h1>Joint research fund opens</h1>
<p>${PROSE}</p>
<h2>Funding over five years</h2>
<p>The fund pays for projects in three fields, chosen each spring by a panel of scientists from both countries.</p>
<ul><li>Marine biology and the study of coastal waters</li><li>Renewable energy storage</li><li>Public health research</li></ul>
<p>Applications close at the end of March, and the first grants are expected to be announced in the summer.</p>
</article></body></html>`;

const TABLE_PAGE = PAGE.replace(
  '</ul>',
  `</ul>
<table><tr><th>Year</th><th>China</th><th>Portugal</th></tr><tr><td>2025</td><td>2.0</td><td>{1.5} &lt;b&gt;</td></tr></table>
<table><tr><td><p>A layout table's cell holds a paragraph of its own, which is no row of figures read across.</p></td><td><p>Nor is its second cell.</p></td></tr></table>`,
);

describe('a saved page’s sub-headings and list items', () => {
  it('are written as an <h2> and one <ul> of <li>, each with its p-N id, the text read back literally', () => {
    const mdx = serializeBody([P(1, 'Before {x}'), P(2, '# Funding <b>', 'heading'), P(3, '* one `a`', 'item'), P(4, '2. two', 'item'), P(5, 'import x from "y"', 'item'), P(6, 'After'), P(7, ' a\n    b ', 'item'), P(8, '</ul>', 'item'), P(9, '#\n# h', 'heading')]);
    expect(elements(parse(mdx))).toEqual(['p#p-1: Before {x}', 'h2#p-2: # Funding <b>', 'ul', 'li#p-3: * one `a`', 'li#p-4: 2. two', 'li#p-5: import x from "y"', 'p#p-6: After', 'ul', 'li#p-7:  a\n    b ', 'li#p-8: </ul>', 'h2#p-9: #\n# h']);
  });

  it('a numbered list’s items are an <ol>, apart from a bulleted list right under it', () => {
    const mdx = serializeBody([{ ...P(1, 'first', 'item'), ordered: true }, { ...P(2, 'second', 'item'), ordered: true }, P(3, 'a bullet', 'item')]);
    expect(elements(parse(mdx))).toEqual(['ol', 'li#p-1: first', 'li#p-2: second', 'ul', 'li#p-3: a bullet']);
    const page = PAGE.replace('<ul>', '<ol>').replace('</ul>', '</ol>');
    const shown = elements(parse(processSeed('fund.html', new TextEncoder().encode(page), matchers).body!));
    expect(shown.filter((e) => e === 'ol' || e === 'ul')).toEqual(['ol']);
  });

  it('the article’s highest sub-headings are <h2>, deeper ones <h3>, whatever level the page gave them', () => {
    const page = PAGE.replace('<h2>Funding over five years</h2>', '<h4>Funding over five years</h4>').replace('<ul>', '<h5>Fields chosen this year</h5><ul>');
    const shown = elements(parse(processSeed('fund.html', new TextEncoder().encode(page), matchers).body!));
    expect(shown.filter((e) => /^h\d/.test(e)).map((e) => e.replace(/#p-\d+/, ''))).toEqual(['h2: Funding over five years', 'h3: Fields chosen this year']);
    const flat = elements(parse(processSeed('fund.html', new TextEncoder().encode(PAGE.replace(/h2>/g, 'h4>')), matchers).body!));
    expect(flat.filter((e) => /^h\d/.test(e)).map((e) => e.replace(/#p-\d+/, ''))).toEqual(['h2: Funding over five years']);
  });

  it('a deeper sub-heading before the article’s first highest one is an <h2>: an <h3> right under the page’s <h1> skips a level', () => {
    const H = (n: number, text: string, level: number): Paragraph => ({ ...P(n, text, 'heading'), level });
    const mdx = serializeBody([H(1, 'What the survey found', 3), P(2, 'Before'), H(3, 'Method', 3), H(4, 'The field work', 2), H(5, 'Sampling', 3), P(6, 'After')]);
    expect(elements(parse(mdx)).filter((e) => /^h\d/.test(e))).toEqual(['h2#p-1: What the survey found', 'h2#p-3: Method', 'h2#p-4: The field work', 'h3#p-5: Sampling']);
  });

  it('two runs of items apart are two lists', () => {
    const mdx = serializeBody([P(1, 'a', 'item'), P(2, 'between'), P(3, 'b', 'item')]);
    expect(elements(parse(mdx))).toEqual(['ul', 'li#p-1: a', 'p#p-2: between', 'ul', 'li#p-3: b']);
  });

  it('keep their kind through the ingest of a saved page, and its MDX shows them so', () => {
    const outcome = processSeed('fund.html', new TextEncoder().encode(PAGE), matchers);
    const paragraphs = outcome.record!.paragraphs;
    const kindOf = (text: string) => paragraphs.find((p) => p.text === text)?.kind;
    expect(kindOf('Funding over five years')).toBe('heading');
    expect(kindOf('Renewable energy storage')).toBe('item');
    expect(kindOf(PROSE)).toBeUndefined();
    const shown = elements(parse(outcome.body!));
    const id = (text: string) => paragraphs.find((p) => p.text === text)!.id;
    expect(shown).toContain(`h2#${id('Funding over five years')}: Funding over five years`);
    const list = shown.indexOf('ul');
    expect(shown.slice(list + 1, list + 4)).toEqual(
      ['Marine biology and the study of coastal waters', 'Renewable energy storage', 'Public health research'].map((t) => `li#${id(t)}: ${t}`),
    );
    // Every paragraph keeps its id, in order, whatever it is shown as.
    expect(shown.filter((s) => s.includes('#')).map((s) => s.slice(s.indexOf('#') + 1, s.indexOf(':')))).toEqual(paragraphs.map((p) => p.id));
  });

  it('a data table’s rows are one <table>, each row a <tr> with its p-N id, header cells <th>; a layout table’s cells stay paragraphs', () => {
    const outcome = processSeed('fund.html', new TextEncoder().encode(TABLE_PAGE), matchers);
    const paragraphs = outcome.record!.paragraphs;
    const rows = paragraphs.filter((p) => p.kind === 'row');
    expect(rows.map((p) => [p.text, p.cells, p.headerRow])).toEqual([
      ['Year | China | Portugal', ['Year', 'China', 'Portugal'], true],
      ['2025 | 2.0 | {1.5} <b>', ['2025', '2.0', '{1.5} <b>'], undefined],
    ]);
    const shown = elements(parse(outcome.body!));
    const table = shown.indexOf('table');
    expect(shown.slice(table - 1, table + 5)).toEqual(['section', 'table', 'tbody', `tr#${rows[0].id}: `, `tr#${rows[1].id}: `, 'p#p-9: A layout table\'s cell holds a paragraph of its own, which is no row of figures read across.']);
    // Each cell its own element, its text read back literally.
    const cells = (tr: Node) => tr.children!.flatMap((c) => c.children ?? []).map((cell) => `${cell.name}: ${cell.children?.map((t) => t.value).join('')}`);
    const trs: Node[] = [];
    const walk = (n: Node) => (n.name === 'tr' ? trs.push(n) : n.children?.forEach(walk));
    walk(parse(outcome.body!));
    expect(trs.map(cells)).toEqual([['th: Year', 'th: China', 'th: Portugal'], ['td: 2025', 'td: 2.0', 'td: {1.5} <b>']]);
    const layout = paragraphs.find((p) => p.text.startsWith('A layout table'));
    expect(layout?.kind).toBeUndefined();
  });

  it('a note row of one cell spanning a data table\'s columns stays in that table, its cell spanning them; a layout table\'s spanning cell stays a paragraph', () => {
    const page = PAGE.replace(
      '</ul>',
      `</ul>
<table><tr><th>Year</th><th>Leader</th><th>Days</th></tr><tr><td>2017</td><td>Novak</td><td>53 *</td></tr>
<tr><td colspan="3">* The first cabinet lost its vote of confidence.</td></tr><tr><td>2021</td><td>Horak</td><td>69</td></tr></table>
<table><tr><td colspan="2">A layout table's banner across its columns, with no row of figures under it.</td></tr><tr><td><p>A layout table's cell holds a paragraph of its own.</p></td><td><p>Nor is its second cell a figure.</p></td></tr></table>`,
    );
    const outcome = processSeed('fund.html', new TextEncoder().encode(page), matchers);
    const paragraphs = outcome.record!.paragraphs;
    const note = paragraphs.find((p) => p.text === '* The first cabinet lost its vote of confidence.')!;
    expect(note.kind).toBe('row');
    const tree = parse(outcome.body!);
    const tables: Node[] = [];
    const walk = (n: Node) => (n.name === 'table' ? tables.push(n) : n.children?.forEach(walk));
    walk(tree);
    // One table: the row under the note is not cut off into a second table with columns of its own.
    expect(tables).toHaveLength(1);
    const trs: Node[] = [];
    const rows = (n: Node) => (n.name === 'tr' ? trs.push(n) : n.children?.forEach(rows));
    rows(tables[0]);
    const cell = (tr: Node) => tr.children!.flatMap((c) => c.children ?? []).map((c) => `${c.name}${c.attributes?.map((a) => ` ${a.name}=${a.value}`).join('') ?? ''}: ${c.children?.map((t) => t.value).join('')}`);
    expect(trs.map(cell)).toEqual([
      ['th: Year', 'th: Leader', 'th: Days'], ['td: 2017', 'td: Novak', 'td: 53 *'],
      ['td colspan=3: * The first cabinet lost its vote of confidence.'], ['td: 2021', 'td: Horak', 'td: 69'],
    ]);
    expect(paragraphs.find((p) => p.text.startsWith("A layout table's banner"))?.kind).toBeUndefined();
  });

  it('a text seed of the same lines has paragraphs only', () => {
    const text = ['Joint research fund opens', PROSE, 'Funding over five years', 'The fund pays for projects in three fields, chosen each spring by a panel of scientists from both countries.', 'Renewable energy storage', 'Applications close at the end of March, and the first grants are expected to be announced in the summer.'].join('\n\n');
    const { record } = article(text);
    expect(record.paragraphs.filter((p) => p.kind)).toEqual([]);
    expect(serializeBody(record.paragraphs)).not.toMatch(/<h2|<ul|<li/);
  });

  it('a line whose text the page also writes as a paragraph, or that a stage changed, is a paragraph', () => {
    const u = (text: string, kind?: Unit['kind']): Unit => ({ text, zone: 'body', ...(kind ? { kind } : {}) });
    const kinds = shownKindsByText([u('Notes'), u('Notes', 'heading'), u('Both', 'item'), u('Both', 'heading'), u('Steps', 'heading'), u('Steps', 'heading'), u('one', 'item')]);
    expect([...kinds]).toEqual([['Steps', { kind: 'heading' }], ['one', { kind: 'item' }]]);
    const out = withShownKinds([P(1, 'Notes'), P(2, 'Steps'), P(3, 'one more'), { ...P(4, 'one'), speakerLabel: 'one' }], kinds);
    expect(out.map((p) => p.kind)).toEqual([undefined, 'heading', undefined, undefined]);
  });
});
