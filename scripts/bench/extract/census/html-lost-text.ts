/**
 * node scripts/bench/extract/census/html-lost-text.ts [--set body|meta|fundus|utomo|aed] [--id ID] [--top N] [--kind PREFIX]
 *
 * Where the article text the HTML path misses sits in the page, on the dev pages only (tune there;
 * held out is read as totals only). The truth's 4-token shingles the body lacks are placed:
 * - in a block of the page as the prune pass builds it (a paragraph, heading, list item or cell:
 *   an element and the inline elements under it), by that block's place beside the body's container
 *   (the deepest element holding 80 % of the body's shingles found in blocks): inside it and left out
 *   by a rule the report names ("removed html:furniture …"), inside it and in Readability's answer with
 *   no rule that removed it (the truth says it twice, or a block's edge: scoring), inside it and not in
 *   Readability's answer ("not taken"), or before / after it, that many levels above the container
 *   ("before-up2": in a sibling of the container's parent); and by the block's shape (heading, item,
 *   cell, prose: 150 characters or more with a sentence's end, short);
 * - or nowhere in those blocks: in the page's innerText (a box the prune pass drops), in the page's
 *   HTML but not shown (a script's data, a hidden box), or not in the page at all.
 * Totals are the recall the split loses to each kind (the pages' shares averaged, as the bench
 * averages recall); with --id, one page's blocks that lose the most, with their kind; with --kind, the
 * dev pages' blocks of the kinds that start so ("before", "inside, not taken") that lose a page
 * KIND_MIN_SHARE of its recall or more: which pages a kind's total comes from.
 */
import { parseArgs } from 'node:util';
import { META_CASES_DIR, SET_DIRS, loadCases } from '../cases.ts';
import { shingles } from '../score.ts';
import { Report } from '../../../ingest/report.ts';
import { bodyThroughPipeline } from './pipeline-body.ts';
import { readabilityAnswers as answers } from './readability-answers.ts';
import { pageBlocks, type PageNode as Node } from './page-blocks.ts';

const { values } = parseArgs({ options: { set: { type: 'string', default: 'meta' }, id: { type: 'string' }, top: { type: 'string', default: '30' }, kind: { type: 'string' } } });
/** Every body set the bench knows (cases.ts), the new ones included. */
const DIRS: Record<string, string> = SET_DIRS;

/** The body's container holds this share of the body's shingles found in blocks. */
const CONTAINER_SHARE = 0.8;
const PROSE_CHARS = 150;
/** A block listed under --kind loses its page this share of recall at least (fewer lines of dust). */
const KIND_MIN_SHARE = 0.0005;
const SENTENCE_END = /[.!?。！？](?:\s|$)/;

const ancestry = (n: Node): Node[] => {
  const up: Node[] = [];
  for (let p: Node | null = n; p; p = p.parentNode) up.unshift(p);
  return up;
};
const indexIn = (parent: Node, child: Node) => Array.prototype.indexOf.call(parent.childNodes, child);
const count = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

function shapeOf(block: Node, text: string): string {
  if (/^H[1-6]$/.test(block.nodeName)) return 'heading';
  if (block.nodeName === 'LI' || block.nodeName === 'DD' || block.nodeName === 'DT') return 'item';
  if (block.nodeName === 'TD' || block.nodeName === 'TH') return 'cell';
  return text.trim().length >= PROSE_CHARS && SENTENCE_END.test(text) ? 'prose' : 'short';
}

interface Lost {
  kind: string;
  share: number;
  text: string;
}

function lostText(truth: string, innerText: string, bytes: Uint8Array, seed: string): Lost[] {
  answers.length = 0;
  const report = new Report(seed);
  const body = bodyThroughPipeline(seed, bytes, report);
  const t = shingles(truth);
  const total = count(t);
  if (!total) return [];
  const out = shingles(body);
  const missed = new Map<string, number>();
  for (const [k, n] of t) if (n > (out.get(k) ?? 0)) missed.set(k, n - (out.get(k) ?? 0));
  const answered = shingles(answers.join('\n\n'));
  const removed = report.entries.filter((e) => e.action === 'removed' && e.text).map((e) => ({ why: `${e.stage}:${e.rule}${e.rule === 'furniture' ? ` (${(e.detail ?? '').slice(0, 50)})` : ''}`, sh: shingles(e.text!) }));

  // The page's blocks in order, one stream of tokens over them: a shingle belongs to the block of its
  // third token, so the shingles across two blocks' edge are placed too.
  const { body: pageBody, blocks, texts, tokens, owner } = pageBlocks(bytes);
  const outLeft = new Map(out);
  const kept = blocks.map(() => 0);
  const lost = blocks.map(() => 0);
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const k = tokens.slice(i, i + 4).join('\u0001');
    const b = owner[i + 2];
    if ((outLeft.get(k) ?? 0) > 0) {
      outLeft.set(k, outLeft.get(k)! - 1);
      kept[b]++;
    } else if ((missed.get(k) ?? 0) > 0) {
      missed.set(k, missed.get(k)! - 1);
      lost[b]++;
    }
  }
  const keptTotal = kept.reduce((a, b) => a + b, 0);
  const under = new Map<Node, number>();
  blocks.forEach((b, i) => kept[i] && ancestry(b).forEach((a) => under.set(a, (under.get(a) ?? 0) + kept[i])));
  let container = pageBody;
  let depth = -1;
  for (const [e, n] of under) if (n >= CONTAINER_SHARE * keptTotal && ancestry(e).length > depth) [container, depth] = [e, ancestry(e).length];
  const upToContainer = container ? ancestry(container) : [];

  const found: Lost[] = [];
  blocks.forEach((b, i) => {
    if (!lost[i]) return;
    const text = texts.get(b)!;
    const up = ancestry(b);
    let shared = 0;
    while (shared < up.length && shared < upToContainer.length && up[shared] === upToContainer[shared]) shared++;
    let place: string;
    if (shared === upToContainer.length) {
      const sh = shingles(text);
      const half = sh.size / 2;
      const by = removed.find((r) => [...sh.keys()].filter((k) => r.sh.has(k)).length >= half);
      place = by ? `inside, removed ${by.why}` : [...sh.keys()].filter((k) => answered.has(k)).length >= half ? "inside, in Readability's answer" : 'inside, not taken';
    } else {
      const levels = upToContainer.length - shared;
      const before = indexIn(up[shared - 1], up[shared]) < indexIn(up[shared - 1], upToContainer[shared]);
      place = `${before ? 'before' : 'after'}-up${Math.min(levels, 4)}${levels > 4 ? '+' : ''}`;
    }
    found.push({ kind: `${place} ${shapeOf(b, text)}`, share: lost[i] / total, text: text.trim().replace(/\s+/g, ' ').slice(0, 120) });
  });
  // What no block holds: shown but dropped by the prune pass, in the HTML but not shown, or nowhere.
  const shown = shingles(innerText);
  const html = shingles(new TextDecoder().decode(bytes).replace(/<[^>]*>/g, ' '));
  const rest = new Map<string, number>();
  for (const [k, n] of missed) {
    if (!n) continue;
    const where = shown.has(k) ? 'shown, in no block read' : html.has(k) ? "in the page's HTML, not shown" : 'not in the page';
    rest.set(where, (rest.get(where) ?? 0) + n);
  }
  for (const [kind, n] of rest) found.push({ kind, share: n / total, text: '' });
  return found;
}

const cases = loadCases(DIRS[values.set!] ?? META_CASES_DIR).filter((c) => c.split === 'dev' && (!values.id || c.id === values.id));
if (values.id && cases.length === 0) throw new Error(`${values.id}: no dev page of that id (held-out pages are read as totals only)`);
const totals = new Map<string, number>();
for (const c of cases) {
  const found = lostText(c.body, c.innerText() ?? '', c.html(), `${c.id}.html`);
  for (const f of found) totals.set(f.kind, (totals.get(f.kind) ?? 0) + f.share / cases.length);
  if (values.kind) for (const f of found) if (f.kind.startsWith(values.kind) && f.share >= KIND_MIN_SHARE) console.log(c.id, f.share.toFixed(4), f.kind, `| ${f.text}`);
  if (values.id) for (const f of found.sort((a, b) => b.share - a.share).slice(0, Number(values.top))) console.log(f.share.toFixed(4), f.kind, f.text && `| ${f.text}`);
}
if (!values.id) {
  console.log(`${cases.length} dev pages of the ${values.set} set: recall lost, by where the text sits`);
  for (const [kind, share] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(share.toFixed(4), kind);
}
