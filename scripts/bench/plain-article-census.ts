/**
 * node scripts/bench/plain-article-census.ts [--set meta|body|fundus|check|utomo|aed] [--passes 2] [--min-share 0.6] [--max-linked 0.25]
 *
 * Could the HTML path skip Readability's grab where the page marks its article plainly (issue #13, the
 * HTML path's speed)? A page "marks it plainly" when it builds a single box of one kind — an element
 * of itemprop "articleBody", an <article>, a <main> / role "main", asked in that order — whose blocks
 * hold most of the page's prose (`--min-share` of the prose of the whole body's blocks) with few of
 * their characters in blocks that are mostly links (`--max-linked`). For each such page it compares the
 * box's blocks, read before Readability runs (blocksOf, as stages/html.ts reads an answer), with the
 * blocks of Readability's answer (its first reading, `extract`, our hooks included):
 *
 * - equal: the same block texts in the same order;
 * - contains: every block of the answer is a block of the box (the box adds some);
 * - within: every block of the box is a block of the answer (the answer adds some);
 * - other: neither.
 *
 * and times the reading (CPU (process.cpuUsage), the median of the passes, the last pass's answers; in brackets the part
 * spent in its _prepArticle, the answer's cleaning, which a shortcut past the scoring would still run): what skipping it
 * on the equal pages, or on all plain pages, could save, against the whole set's readings. Counts
 * only, per split (held-out halves and the check set are read as totals; no page is named). With `--prep`, the
 * shortcut itself: the box cleaned by Readability's _prepArticle alone (no scoring), compared and timed the same way.
 */
import { parseArgs } from 'node:util';
import { SET_DIRS, loadCases } from './extract/cases.ts';
import '../ingest/stages/html.ts';
import { Report } from '../ingest/report.ts';
import { decodeHtmlPieces } from '../ingest/lib/html/read/html-charset.ts';
import { withoutStrayNuls } from '../ingest/lib/safety/nul-characters.ts';
import { withoutMojibake } from '../ingest/lib/html/read/mojibake-pieces.ts';
import { withNextLinesAsSpaces } from '../ingest/lib/html/read/next-line-spaces.ts';
import { prunePage } from '../ingest/lib/html/prune/html-prune.ts';
import { releaseTree } from '../ingest/lib/html/prune/html-dom.ts';
import { extract, type DomRoot } from '../ingest/lib/html/article/readability-reading.ts';
import { blocksOf, proseChars, type HtmlBlock } from '../ingest/lib/html/article/html-blocks.ts';
import { upperCaseTag } from '../ingest/lib/html/prune/tag-name-case.ts';
import { Readability } from '@mozilla/readability';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'meta' },
    passes: { type: 'string', default: '2' },
    'min-share': { type: 'string', default: '0.6' },
    'max-linked': { type: 'string', default: '0.25' },
    prep: { type: 'boolean', default: false },
  },
});
const minShare = Number(values['min-share']);
const maxLinked = Number(values['max-linked']);
const dir = SET_DIRS[values.set!];
if (!dir) throw new Error(`unknown set ${values.set}`);
const pages = loadCases(dir).map((c) => ({ split: c.split, bytes: c.html() }));

type El = { nodeType: number; nodeName: string; children: ArrayLike<El>; getAttribute(name: string): string | null };
type Kind = 'articleBody' | 'article' | 'main';

/** The page's boxes of each kind (a box inside another of its kind counted too). */
function boxesOf(body: El): Record<Kind, El[]> {
  const found: Record<Kind, El[]> = { articleBody: [], article: [], main: [] };
  const walk = (e: El) => {
    const name = upperCaseTag(e.nodeName);
    if (/\barticleBody\b/.test(e.getAttribute('itemprop') ?? '')) found.articleBody.push(e);
    if (name === 'ARTICLE') found.article.push(e);
    else if (name === 'MAIN' || e.getAttribute('role') === 'main') found.main.push(e);
    for (let i = 0; i < e.children.length; i++) walk(e.children[i]);
  };
  walk(body);
  return found;
}

const linkedShare = (blocks: readonly HtmlBlock[]) => {
  let chars = 0;
  let linked = 0;
  for (const b of blocks) {
    chars += b.text.length;
    if ((b.linkShare ?? 0) >= 0.5) linked += b.text.length;
  }
  return chars ? linked / chars : 1;
};

type Verdict = 'equal' | 'contains' | 'within' | 'other';
function compare(box: readonly HtmlBlock[], answer: readonly HtmlBlock[]): Verdict {
  const a = answer.map((b) => b.text);
  const b = box.map((x) => x.text);
  if (a.length === b.length && a.every((t, i) => t === b[i])) return 'equal';
  const inBox = new Set(b);
  const inAnswer = new Set(a);
  if (a.every((t) => inBox.has(t))) return 'contains';
  if (b.every((t) => inAnswer.has(t))) return 'within';
  return 'other';
}

interface Row {
  split: string;
  kind: Kind | null;
  verdict: Verdict | null;
  us: number[];
  /** Of `us`, the part in Readability's _prepArticle (the answer's cleaning, which a shortcut past the grab would still run). */
  prepUs: number[];
  /** On a plain page, the share of the box's characters in blocks the answer does not have. */
  extra?: number;
  /** With --prep: the box cleaned by Readability's _prepArticle alone (no scoring), against the answer; and its CPU µs. */
  prepVerdict?: Verdict;
  shortcutUs?: number;
}
const rows: Row[] = pages.map((p) => ({ split: p.split, kind: null, verdict: null, us: [], prepUs: [] }));
const now = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
let prepUs = 0;
const proto = Readability.prototype as unknown as { _prepArticle(this: unknown, e: unknown): void };
const prep = proto._prepArticle;
proto._prepArticle = function (this: unknown, e: unknown) {
  const start = now();
  try {
    return prep.call(this, e);
  } finally {
    prepUs += now() - start;
  }
};

for (let pass = 0; pass < Number(values.passes); pass++) {
  pages.forEach((page, i) => {
    const report = new Report('census');
    const decoded = decodeHtmlPieces(page.bytes, { withoutScripts: true });
    const source = withNextLinesAsSpaces(withoutMojibake(withoutStrayNuls(decoded.pieces, 'html', report), report), report);
    if (source.every((piece) => !piece.trim())) return;
    const built = prunePage(source);
    const body = built.document.body as unknown as El | null;
    if (!body) return;
    let plain: { kind: Kind; blocks: HtmlBlock[] } | null = null;
    const boxes = boxesOf(body);
    const pageProse = proseChars(blocksOf(body as unknown as DomRoot, { furniture: true }));
    for (const kind of ['articleBody', 'article', 'main'] as const) {
      if (boxes[kind].length !== 1) continue;
      const blocks = blocksOf(boxes[kind][0] as unknown as DomRoot, { furniture: true });
      if (proseChars(blocks) >= minShare * pageProse && pageProse > 0 && linkedShare(blocks) <= maxLinked) plain = { kind, blocks };
      break;
    }
    prepUs = 0;
    const start = now();
    let content: unknown;
    try {
      content = extract(built.document, built.rebuild, built.tagNames).article?.content;
    } catch {
      content = undefined;
    }
    rows[i].us.push(now() - start);
    rows[i].prepUs.push(prepUs);
    const answer = content ? blocksOf(content as DomRoot, { furniture: true }) : [];
    rows[i].kind = plain?.kind ?? null;
    rows[i].verdict = plain ? compare(plain.blocks, answer) : null;
    if (plain) {
      const inAnswer = new Set(answer.map((b) => b.text));
      const all = plain.blocks.reduce((n, b) => n + b.text.length, 0);
      rows[i].extra = all ? plain.blocks.reduce((n, b) => n + (inAnswer.has(b.text) ? 0 : b.text.length), 0) / all : 0;
    }
    built.release(built.document);
    if (content) releaseTree(content as never);
    if (plain && values.prep) {
      // The shortcut: the page built again, the same box put in an article <div> as _grabArticle puts its
      // top candidate, and cleaned by _prepArticle alone (Readability's own preparation of the page first).
      const fresh = prunePage(source);
      const start = now();
      const box = boxesOf(fresh.document.body as unknown as El)[plain.kind][0] as unknown as { parentNode: { removeChild(n: unknown): void } };
      const reader = new Readability(fresh.document as unknown as Document, { serializer: (n: Node) => n, keepClasses: true, disableJSONLD: true }) as unknown as {
        _prepDocument(): void;
        _prepArticle(e: unknown): void;
        _doc: { createElement(name: string): { appendChild(n: unknown): void } };
      };
      reader._prepDocument();
      const article = reader._doc.createElement('DIV');
      box.parentNode.removeChild(box);
      article.appendChild(box);
      prepUs = 0;
      reader._prepArticle(article);
      rows[i].shortcutUs = now() - start;
      rows[i].prepVerdict = compare(blocksOf(article as unknown as DomRoot, { furniture: true }), answer);
      fresh.release(fresh.document);
      releaseTree(article as never);
    }
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (list: Row[]) => list.reduce((s, r) => s + median(r.us), 0) / 1000;
const prepMs = (list: Row[]) => list.reduce((s, r) => s + median(r.prepUs), 0) / 1000;
console.log(`${values.set}: ${rows.length} pages; plain = a single box of the first kind the page has, its blocks ≥ ${minShare} of the body's prose, ≤ ${maxLinked} of their characters in link blocks`);
console.log("| split | pages | plain (articleBody / article / main) | equal | contains | within | other | reading ms, all pages (its _prepArticle) | on plain pages | on equal pages |");
console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|');
for (const split of [...new Set(rows.map((r) => r.split))]) {
  const mine = rows.filter((r) => r.split === split);
  const plain = mine.filter((r) => r.kind);
  const by = (k: Kind) => plain.filter((r) => r.kind === k).length;
  const v = (x: Verdict) => plain.filter((r) => r.verdict === x);
  console.log(
    `| ${split} | ${mine.length} | ${plain.length} (${by('articleBody')} / ${by('article')} / ${by('main')}) | ${v('equal').length} | ${v('contains').length} | ${v('within').length} | ${v('other').length} | ${ms(mine).toFixed(0)} (${prepMs(mine).toFixed(0)}) | ${ms(plain).toFixed(0)} (${prepMs(plain).toFixed(0)}) | ${ms(v('equal')).toFixed(0)} (${prepMs(v('equal')).toFixed(0)}) |`,
  );
}
console.log('\nShare of the box\'s characters the answer does not have, on "contains" pages (quartiles):');
for (const split of [...new Set(rows.map((r) => r.split))]) {
  const xs = rows.filter((r) => r.split === split && r.verdict === 'contains').map((r) => r.extra!).sort((a, b) => a - b);
  const q = (f: number) => (xs.length ? (100 * xs[Math.floor(f * (xs.length - 1))]).toFixed(1) : '-');
  console.log(`- ${split}: ${xs.length} pages, 25 % ${q(0.25)} %, median ${q(0.5)} %, 75 % ${q(0.75)} %, 90 % ${q(0.9)} %`);
}
if (values.prep) {
  console.log('\nWith --prep, the box cleaned by _prepArticle alone against the answer (equal / contains / within / other), and its CPU ms against the reading\'s on the plain pages:');
  for (const split of [...new Set(rows.map((r) => r.split))]) {
    const plain = rows.filter((r) => r.split === split && r.kind);
    const v = (x: Verdict) => plain.filter((r) => r.prepVerdict === x).length;
    const shortcut = plain.reduce((n, r) => n + (r.shortcutUs ?? 0), 0) / 1000;
    console.log(`- ${split}: ${plain.length} plain pages: ${v('equal')} / ${v('contains')} / ${v('within')} / ${v('other')}; the shortcut ${shortcut.toFixed(0)} CPU ms (the reading ${ms(plain).toFixed(0)})`);
  }
}
