/**
 * node scripts/bench/readability-dom-census.ts [--set meta|cases] [--passes 2]
 *
 * How much of the DOM Readability receives could be shrunk (issue #13, item 8: the HTML path's speed).
 * For each dev page of a set, the page is decoded and built as the HTML stage builds it (the prune
 * pass: scripts, styles, navigation, asides, footers already cut), and its first reading by Readability
 * (`extract`, our hooks and its attempts included) is timed by `process.cpuUsage()`. It counts:
 *
 * - the elements under <body> that Readability receives, and those in the answer it returns (the
 *   answer's own wrappers included, so the share is an upper bound of what the answer keeps);
 * - the elements whose whole subtree holds no text but whitespace (empty icons, spacers, <br>s):
 *   what a build without them would save, if dropping them changed no answer (it may: Readability's
 *   rules count children, wrap phrasing runs into paragraphs and replace a box holding one <p>);
 * - the reading's CPU time per element, by page size (fifths of the pages by element count): whether a
 *   smaller DOM would cost proportionally less.
 *
 * With `--without-empty`, each page is also read a second time from the same build less its empty
 * inline leaves (an <a>, <span>, <i>… with no child at all: icons, spacers; removed again from every
 * rebuild Readability asks for), and the two readings' CPU time and answers (their text) are compared:
 * what such a cut would save in Readability, and on how many pages it would change the answer.
 *
 * Dev pages only (the held-out halves are read only as totals). The last pass's figures are printed
 * (earlier passes warm the code). Nothing of the ingest is changed: a measurement for the next step.
 */
import { parseArgs } from 'node:util';
import { CASES_DIR, META_CASES_DIR, loadCases } from './extract/cases.ts';
import '../ingest/stages/html.ts';
import { Report } from '../ingest/report.ts';
import { decodeHtmlPieces } from '../ingest/lib/html/read/html-charset.ts';
import { withoutStrayNuls } from '../ingest/lib/safety/nul-characters.ts';
import { withoutMojibake } from '../ingest/lib/html/read/mojibake-pieces.ts';
import { withNextLinesAsSpaces } from '../ingest/lib/html/read/next-line-spaces.ts';
import { prunePage } from '../ingest/lib/html/prune/html-prune.ts';
import { releaseTree } from '../ingest/lib/html/prune/html-dom.ts';
import { extract } from '../ingest/lib/html/article/readability-reading.ts';

const { values } = parseArgs({ options: { set: { type: 'string', default: 'meta' }, passes: { type: 'string', default: '2' }, 'without-empty': { type: 'boolean', default: false } } });
const dir = values.set === 'meta' ? META_CASES_DIR : CASES_DIR;
const cases = loadCases(dir).filter((c) => c.split === 'dev');
const pages = cases.map((c) => ({ id: c.id, bytes: c.html() }));

type Node = { nodeType: number; childNodes: Node[]; textContent: string; tagName?: string; parentNode?: Node | null; remove?: () => void };

/** Inline tags whose element, with no child at all, shows nothing (an icon font's <i>, a spacer <span>, an empty link). */
const EMPTY_INLINE = new Set(['A', 'SPAN', 'I', 'B', 'EM', 'STRONG', 'SMALL', 'FONT', 'U', 'S', 'SUP', 'SUB', 'LABEL', 'ABBR', 'CITE', 'MARK', 'Q']);

/** Removes the empty inline leaves under `root` (leaves only: a parent they leave empty stays). Returns how many. */
function removeEmptyInlineLeaves(root: Node): number {
  const leaves: Node[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType !== 1) continue;
      if (child.childNodes.length === 0 && EMPTY_INLINE.has(child.tagName!)) leaves.push(child);
      else walk(child);
    }
  };
  walk(root);
  for (const leaf of leaves) leaf.remove!();
  return leaves.length;
}

/** Elements under `root`, and those of them whose subtree holds no text but whitespace. */
function countElements(root: Node): { elements: number; empty: number } {
  let elements = 0;
  let empty = 0;
  const walk = (node: Node): boolean => {
    let text = false;
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text ||= /\S/.test(child.textContent);
      else if (child.nodeType === 1) {
        elements++;
        const holds = walk(child);
        if (!holds) empty++;
        text ||= holds;
      }
    }
    return text;
  };
  walk(root);
  return { elements, empty };
}

interface Row {
  elements: number;
  empty: number;
  answer: number;
  ms: number;
  /** With --without-empty: the leaves removed, the second reading's CPU ms, and whether its answer's text differs. */
  removed?: number;
  msWithout?: number;
  differs?: boolean;
}

type Built = ReturnType<typeof prunePage>;

/** Readability's first reading of a built page: its answer's root (undefined when none) and CPU ms; null when it fails. */
function timedReading(built: Built, rebuild: Built['rebuild']): { content: Node | undefined; ms: number } | null {
  const start = process.cpuUsage();
  try {
    const content = extract(built.document, rebuild, built.tagNames).article?.content as Node | undefined;
    const used = process.cpuUsage(start);
    return { content, ms: (used.user + used.system) / 1000 };
  } catch {
    return null;
  }
}

function onePass(): Row[] {
  const rows: Row[] = [];
  for (const page of pages) {
    const report = new Report(page.id);
    const decoded = decodeHtmlPieces(page.bytes, { withoutScripts: true });
    const source = withNextLinesAsSpaces(withoutMojibake(withoutStrayNuls(decoded.pieces, 'html', report), report), report);
    const built = prunePage(source);
    if (!built.document.body) continue;
    const received = countElements(built.document.body as unknown as Node);
    const read = timedReading(built, built.rebuild);
    // A page Readability fails on is left out of the figures.
    if (!read) continue;
    const row: Row = { ...received, answer: read.content ? countElements(read.content).elements : 0, ms: read.ms };
    if (values['without-empty']) {
      const again = prunePage(source);
      row.removed = removeEmptyInlineLeaves(again.document.body as unknown as Node);
      const rebuild: Built['rebuild'] = (bodyOnly) => {
        const page = again.rebuild(bodyOnly);
        if (page.body) removeEmptyInlineLeaves(page.body as unknown as Node);
        return page;
      };
      const without = timedReading(again, rebuild);
      row.msWithout = without?.ms ?? 0;
      row.differs = (without?.content?.textContent ?? null) !== (read.content?.textContent ?? null);
      again.release(again.document);
      if (without?.content) releaseTree(without.content as never);
    }
    rows.push(row);
    built.release(built.document);
    if (read.content) releaseTree(read.content as never);
  }
  return rows;
}

let rows: Row[] = [];
for (let i = 0; i < Number(values.passes); i++) rows = onePass();

const sum = (list: Row[], key: 'elements' | 'empty' | 'answer' | 'ms') => list.reduce((s, r) => s + r[key], 0);
const elements = sum(rows, 'elements');
console.log(`${rows.length} dev pages of ${values.set}: ${elements} elements received (${(elements / rows.length).toFixed(0)} a page)`);
console.log(`- in Readability's answer: ${sum(rows, 'answer')} (${((100 * sum(rows, 'answer')) / elements).toFixed(1)} %)`);
console.log(`- with no text in their subtree: ${sum(rows, 'empty')} (${((100 * sum(rows, 'empty')) / elements).toFixed(1)} %)`);
console.log(`- the first reading: ${sum(rows, 'ms').toFixed(0)} CPU ms a pass, ${((1000 * sum(rows, 'ms')) / elements).toFixed(1)} µs an element`);
if (values['without-empty']) {
  const removed = rows.reduce((n, r) => n + (r.removed ?? 0), 0);
  const without = rows.reduce((n, r) => n + (r.msWithout ?? 0), 0);
  console.log(`- without the empty inline leaves (${removed}, ${((100 * removed) / elements).toFixed(1)} % of the elements): ${without.toFixed(0)} CPU ms a pass (${sum(rows, 'ms').toFixed(0)} with them); the answer's text differs on ${rows.filter((r) => r.differs).length} of ${rows.length} pages`);
}
rows.sort((a, b) => a.elements - b.elements);
for (let q = 0; q < 5; q++) {
  const part = rows.slice(Math.floor((q * rows.length) / 5), Math.floor(((q + 1) * rows.length) / 5));
  const e = sum(part, 'elements');
  console.log(`  fifth ${q + 1} (${part[0].elements}–${part.at(-1)!.elements} elements a page): ${e} elements, ${sum(part, 'ms').toFixed(0)} CPU ms, ${((1000 * sum(part, 'ms')) / e).toFixed(1)} µs an element, ${((100 * sum(part, 'empty')) / e).toFixed(1)} % empty`);
}
