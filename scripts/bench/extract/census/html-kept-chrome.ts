/**
 * node scripts/bench/extract/census/html-kept-chrome.ts [--set meta|fundus|body|utomo|aed] [--top N] [--kind PREFIX] [--words [--every-word]] [--word W]
 *
 * What the HTML path publishes that the truth does not hold, on the dev pages only (tune there; held
 * out is read as totals only): the precision census, the mirror of html-lost-text.ts. Each published
 * paragraph's 4-token shingles are matched against the truth in order (a shingle belongs to the
 * paragraph of its third token, as the lost-text census places them); those the truth lacks are the
 * paragraph's false ones. Each paragraph is then
 * - placed by where it sits in the body: `before` the first true paragraph (half its shingles or more
 *   in the truth), `inside` between two, `after` the last, or `no-true` on a page with none;
 * - traced to its block in the pruned page (html-prune.ts, the DOM Readability reads) and named by its
 *   origin there, the nearest first: a figure's caption, a table's cell, a heading, a quote, a list
 *   item that is all links or one with words, a line that is all links, a header's or footer's box,
 *   else its shape (prose: 150 characters or more with a sentence's end; short);
 *   `unplaced` when its words are in no block (text our steps wrote: a field's article, a lead).
 * How to read the totals: each kind's figure is the share of the split's precision its false shingles
 * cost (a page's cost is its false shingles over all it publishes, averaged over the pages that publish
 * anything, as the bench averages precision): the figures add up to 1 − precision. Beside it, how many
 * paragraphs of that kind were mostly false and how many mostly true on those pages: a kind the truth
 * keeps as often as it drops (on this set or on another: run the three) is the set's convention, not
 * chrome. `--kind PREFIX` lists the paragraphs of the kinds that start so, page by page, to read;
 * `--word W` lists the paragraphs under that word; `--words` sums the cost by the class and id words of the paragraph's block and its three boxes above
 * (to see which boxes the templates name; a rule never names a site), only the words under which mostly
 * false paragraphs outnumber true ones unless `--every-word` (to hold one word's counts on the three sets
 * side by side: a word false on one set and true on another names a convention, not chrome). Last, the
 * lines after the body's last paragraph of prose, false and true: what a rule on the body's tail would take.
 * The pages are public data read from outside the repository: nothing of them is ever committed.
 */
import { parseArgs } from 'node:util';
import { META_CASES_DIR, SET_DIRS, loadCases } from '../cases.ts';
import { shingles, tokenize } from '../score.ts';
import { Report } from '../../../ingest/report.ts';
import { bodyThroughPipeline } from './pipeline-body.ts';
import { pageBlocks, type PageNode as Node } from './page-blocks.ts';

const { values } = parseArgs({
  options: { set: { type: 'string', default: 'meta' }, top: { type: 'string', default: '40' }, kind: { type: 'string' }, words: { type: 'boolean' }, 'every-word': { type: 'boolean' }, word: { type: 'string' } },
});
// Every set with a dev half (the check set has none: it lists nothing).
const DIRS: Record<string, string> = SET_DIRS;

const PROSE_CHARS = 150;
const SENTENCE_END = /[.!?。！？](?:\s|$)/;
/** A paragraph listed under --kind costs its page this share of precision at least. */
const KIND_MIN_SHARE = 0.002;
/** How many boxes above the block lend their class and id words to --words. */
const WORD_LEVELS = 3;
/** A block whose text is this share links or more is "all links". */
const LINKED = 0.8;
/** Tokens of a paragraph's start looked for in the pruned page's token stream. */
const PROBE = 6;

const above = (n: Node): Node[] => {
  const up: Node[] = [];
  for (let p: Node | null = n; p && p.nodeType === 1; p = p.parentNode) up.push(p);
  return up;
};
const linkedChars = (n: Node): number => {
  if (n.nodeName === 'A') return (n.textContent ?? '').replace(/\s+/g, '').length;
  let sum = 0;
  for (const c of Array.from(n.childNodes)) if (c.nodeType === 1) sum += linkedChars(c);
  return sum;
};
const allLinks = (n: Node) => {
  const chars = (n.textContent ?? '').replace(/\s+/g, '').length;
  return chars > 0 && linkedChars(n) >= LINKED * chars;
};

function originOf(block: Node, text: string): string {
  const up = above(block);
  const has = (...tags: string[]) => up.some((e) => tags.includes(e.nodeName));
  if (has('FIGCAPTION', 'FIGURE')) return 'figure/caption';
  if (has('TD', 'TH', 'TABLE')) return 'table';
  if (/^H[1-6]$/.test(block.nodeName)) return `heading${block.nodeName === 'H1' ? ' <h1>' : ''}${allLinks(block) ? ', a link' : ''}`;
  if (has('BLOCKQUOTE')) return 'quote';
  const item = up.find((e) => e.nodeName === 'LI' || e.nodeName === 'DD' || e.nodeName === 'DT');
  if (item) return allLinks(item) ? 'list item, a link' : 'list item';
  if (allLinks(block)) return 'line of links';
  if (has('HEADER')) return "header's box";
  if (has('FOOTER')) return "footer's box";
  return text.length >= PROSE_CHARS && SENTENCE_END.test(text) ? 'prose' : 'short';
}

function classWords(block: Node): string[] {
  const words = new Set<string>();
  for (const e of above(block).slice(0, WORD_LEVELS + 1)) {
    const names = `${e.getAttribute?.('class') ?? ''} ${e.getAttribute?.('id') ?? ''}`;
    for (const w of names.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/)) if (w.length > 1) words.add(w);
  }
  return [...words];
}

interface Kept {
  kind: string;
  cost: number;
  falseLine: boolean;
  words: string[];
  text: string;
}

function keptChrome(truth: string, bytes: Uint8Array, seed: string): Kept[] {
  const paragraphs = bodyThroughPipeline(seed, bytes, new Report(seed)).split('\n\n').filter((p) => tokenize(p).length);
  if (!paragraphs.length) return [];
  // One stream of tokens over the body's paragraphs, shingles matched against the truth in order.
  const tokens: string[] = [];
  const owner: number[] = [];
  paragraphs.forEach((p, i) => tokenize(p).forEach((t) => (tokens.push(t), owner.push(i))));
  const left = shingles(truth);
  const good = paragraphs.map(() => 0);
  const bad = paragraphs.map(() => 0);
  const last = Math.max(1, tokens.length - 3);
  for (let i = 0; i < last; i++) {
    const k = tokens.slice(i, i + 4).join('\u0001');
    const p = owner[Math.min(i + 2, tokens.length - 1)];
    if ((left.get(k) ?? 0) > 0) left.set(k, left.get(k)! - 1), good[p]++;
    else bad[p]++;
  }
  const all = good.reduce((a, b) => a + b, 0) + bad.reduce((a, b) => a + b, 0);
  const isTrue = paragraphs.map((_, i) => good[i] >= bad[i] && good[i] > 0);
  const first = isTrue.indexOf(true);
  const lastTrue = isTrue.lastIndexOf(true);

  // The pruned page's blocks as one token stream, to find each paragraph's block by its first tokens.
  const { blocks, tokens: pageTokens, owner: pageOwner } = pageBlocks(bytes);
  const at = new Map<string, number[]>();
  pageTokens.forEach((t, i) => (at.get(t) ?? at.set(t, []).get(t)!).push(i));
  let from = 0;
  const locate = (p: string): Node | null => {
    const probe = tokenize(p).slice(0, PROBE);
    const starts = at.get(probe[0]) ?? [];
    const fits = (s: number) => probe.every((t, j) => pageTokens[s + j] === t);
    // In reading order after the paragraph before it, else anywhere (a block our steps moved).
    const s = starts.find((x) => x >= from && fits(x)) ?? starts.find(fits);
    if (s === undefined) return null;
    from = s + probe.length;
    return blocks[pageOwner[s]];
  };

  // The body's own tail: the lines after its last paragraph of prose, as a rule could see them.
  const prose = (p: string) => p.length >= PROSE_CHARS && SENTENCE_END.test(p);
  let lastProse = -1;
  paragraphs.forEach((p, i) => prose(p) && (lastProse = i));
  const found: Kept[] = [];
  paragraphs.forEach((p, i) => {
    if (lastProse >= 0 && i > lastProse) tail.push({ cost: bad[i] / all, falseLine: !isTrue[i] });
    const block = locate(p);
    const place = first < 0 ? 'no-true' : i < first ? 'before' : i > lastTrue ? 'after' : 'inside';
    const text = p.replace(/\s+/g, ' ').trim();
    found.push({
      kind: `${place} ${block ? originOf(block, text) : 'unplaced'}`,
      cost: bad[i] / all,
      falseLine: !isTrue[i],
      words: block ? classWords(block) : [],
      text: text.slice(0, 120),
    });
  });
  return found;
}

const tail: { cost: number; falseLine: boolean }[] = [];
const cases = loadCases(DIRS[values.set!] ?? META_CASES_DIR).filter((c) => c.split === 'dev');
const totals = new Map<string, { cost: number; partCost: number; falseLines: number; trueLines: number; pages: Set<string> }>();
const byWord = new Map<string, { cost: number; falseLines: number; trueLines: number }>();
let published = 0;
for (const c of cases) {
  const found = keptChrome(c.body, c.html(), `${c.id}.html`);
  if (!found.length) continue;
  published++;
  for (const f of found) {
    const t = totals.get(f.kind) ?? totals.set(f.kind, { cost: 0, partCost: 0, falseLines: 0, trueLines: 0, pages: new Set() }).get(f.kind)!;
    t.cost += f.cost;
    if (f.falseLine) t.falseLines++, t.pages.add(c.id);
    else t.trueLines++, (t.partCost += f.cost);
    for (const w of f.words) {
      const b = byWord.get(w) ?? byWord.set(w, { cost: 0, falseLines: 0, trueLines: 0 }).get(w)!;
      b.cost += f.cost;
      if (f.falseLine) b.falseLines++;
      else b.trueLines++;
    }
    if (values.word && f.words.includes(values.word)) console.log(c.id, f.cost.toFixed(4), f.kind, f.falseLine ? 'false' : 'true', `| ${f.text}`);
    if (values.kind && f.kind.startsWith(values.kind) && f.cost >= KIND_MIN_SHARE) console.log(c.id, f.cost.toFixed(4), f.kind, f.falseLine ? 'false' : 'part', `| ${f.text}`);
  }
}
const n = Math.max(1, published);
console.log(`${cases.length} dev pages of the ${values.set} set (${published} publish a body): precision lost, by where the false text sits`);
console.log('cost   | of it, in mostly true paragraphs | kind | paragraphs mostly false (on pages) / mostly true');
let sum = 0;
for (const [kind, t] of [...totals].sort((a, b) => b[1].cost - a[1].cost)) {
  sum += t.cost / n;
  if (t.cost / n >= 0.00005) console.log(`${(t.cost / n).toFixed(4)} | ${(t.partCost / n).toFixed(4)} | ${kind} | ${t.falseLines} (${t.pages.size}) / ${t.trueLines}`);
}
console.log(`${sum.toFixed(4)} in all (1 − precision)`);
const tailFalse = tail.filter((t) => t.falseLine).length;
const tailCost = tail.reduce((a, t) => a + t.cost, 0) / n;
console.log(`lines after the body's last paragraph of prose: ${tailFalse} mostly false, ${tail.length - tailFalse} mostly true, cost ${tailCost.toFixed(4)}`);
if (values.words) {
  // Words under which most paragraphs are false: the boxes a template names for what is no article.
  console.log('\nby class / id word of the block and its boxes above, where mostly false paragraphs outnumber true ones');
  console.log('(a paragraph counts under each of its words): cost | word | paragraphs mostly false / mostly true');
  const falseMostly = [...byWord].filter(([, b]) => values['every-word'] || b.falseLines > b.trueLines).sort((a, b) => b[1].cost - a[1].cost);
  for (const [w, b] of falseMostly.slice(0, Number(values.top))) console.log(`${(b.cost / n).toFixed(4)} | ${w} | ${b.falseLines} / ${b.trueLines}`);
}
