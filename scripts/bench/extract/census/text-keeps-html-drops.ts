/**
 * node scripts/bench/extract/census/text-keeps-html-drops.ts [--set aed|fundus|meta|utomo|body|snippets] [--id ID] [--top N] [--show N]
 *
 * What the HTML path leaves out that the text path keeps, among what the truth has not got: the text
 * path's kept lines (kept-line-scores.ts: most of a line's 4-token shingles not the truth's) that the HTML
 * path's body does not hold (half or more of the line's shingles absent from it; a line under four tokens,
 * no HTML line equal to it). The HTML path sees markup, but much of what it leaves out is visible in the
 * text too: this is where to look for a text-only rule. Dev split only (held out is read as totals only).
 *
 * Each line is placed (before the first true line, inside, after the last), given kept-lines.ts's rough
 * shape, its false tokens counted (its shingles the truth has not got), and given the HTML path's word on
 * it: the rule of the HTML report that removed it, else "not in the HTML answer" (Readability's choice).
 * The cost is what the split's precision would gain were the line's false shingles gone.
 *
 * Snippets: each "without" passage the text body holds and the HTML body does not, placed against the
 * "with" passages the text body holds, its tokens counted; cost as kept-lines.ts counts it.
 *
 * --show N prints N example lines per (place, shape) row, with the HTML path's word: public data read
 * from outside the repository, to read only; nothing of it is ever committed. --id shows one page's lines.
 */
import { parseArgs } from 'node:util';
import { CASES_DIR, SET_DIRS, loadCases, type BenchCase } from '../cases.ts';
import { loadSnippetCases } from '../snippet-cases.ts';
import { tokenize } from '../score.ts';
import { Report } from '../../../ingest/report.ts';
import { bodyThroughPipeline, seedOfCase } from './pipeline-body.ts';
import { SHINGLE, keptLines, passagePlace, shapeOf, type Place } from './kept-line-scores.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'aed' },
    id: { type: 'string' },
    top: { type: 'string', default: '40' },
    show: { type: 'string', default: '0' },
  },
});

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const key = (tokens: string[]) => tokens.join('\u0001');

/** A path's body and the rules its report says removed text, for one case (null when the set has no innerText). */
function throughPath(c: BenchCase, path: 'text' | 'html'): { body: string; removed: { rule: string; text: string }[] } | null {
  const seed = seedOfCase(c, path);
  if (!seed) return null;
  const report = new Report(seed.seed);
  const body = bodyThroughPipeline(seed.seed, seed.bytes, report);
  const removed = report.entries.filter((e) => e.action === 'removed' && e.text).map((e) => ({ rule: `${e.stage}/${e.rule}`, text: norm(e.text!) }));
  return { body, removed };
}

/** Whether the HTML body holds a text line: half its shingles or more, or (under four tokens) a line equal to it. */
function htmlHolds(line: string, htmlShingles: Set<string>, htmlLines: Set<string>): boolean {
  const t = tokenize(line);
  if (t.length < SHINGLE) return htmlLines.has(key(t));
  let found = 0;
  for (let i = 0; i + SHINGLE <= t.length; i++) if (htmlShingles.has(key(t.slice(i, i + SHINGLE)))) found++;
  return found * 2 >= t.length - SHINGLE + 1;
}

/** The HTML path's word on a line it left out: the first removing rule whose text holds it. */
function htmlReason(line: string, removed: { rule: string; text: string }[]): string {
  const l = norm(line);
  return removed.find((r) => r.text.includes(l) || (r.text.length >= 20 && l.includes(r.text)))?.rule ?? 'not in the HTML answer';
}

interface Row {
  cost: number;
  lines: number;
  tokens: number;
  pages: Set<string>;
  reasons: Map<string, number>;
  examples: string[];
}
const rows = new Map<string, Row>();
/** The same short line (digits masked, case folded) on several pages: a site's or a language's wording, not one page's. */
const repeated = new Map<string, { pages: Set<string>; places: Map<string, number> }>();
const addRepeated = (line: string, id: string, place: Place) => {
  const t = norm(line);
  if (tokenize(t).length > 8) return;
  const k = t.toLowerCase().replace(/\d+/g, '#');
  const r = repeated.get(k) ?? { pages: new Set<string>(), places: new Map<string, number>() };
  r.pages.add(id);
  r.places.set(place, (r.places.get(place) ?? 0) + 1);
  repeated.set(k, r);
};
const byPlace = new Map<string, { cost: number; lines: number; tokens: number }>();
const add = (place: Place, shape: string, id: string, cost: number, tokens: number, line: string, reason: string) => {
  const k = `${place} | ${shape}`;
  const r: Row = rows.get(k) ?? { cost: 0, lines: 0, tokens: 0, pages: new Set<string>(), reasons: new Map<string, number>(), examples: [] };
  r.cost += cost;
  r.lines++;
  r.tokens += tokens;
  r.pages.add(id);
  r.reasons.set(reason, (r.reasons.get(reason) ?? 0) + 1);
  if (r.examples.length < Number(values.show)) r.examples.push(`${id}: ${line.replace(/\n/g, ' ').slice(0, 140)}   [html: ${reason}]`);
  rows.set(k, r);
  addRepeated(line, id, place);
  const p = byPlace.get(place) ?? { cost: 0, lines: 0, tokens: 0 };
  p.cost += cost;
  p.lines++;
  p.tokens += tokens;
  byPlace.set(place, p);
};

let scored = 0;
let scale = 1;
if (values.set === 'snippets') {
  const cases = loadSnippetCases().filter((c) => (values.id ? c.id === values.id : c.split === 'dev'));
  const found: { id: string; text: string; place: Place; reason: string }[] = [];
  let TP = 0;
  let FP = 0;
  for (const c of cases) {
    const text = throughPath(c, 'text');
    if (!text) continue;
    const html = throughPath(c, 'html')!;
    const out = norm(text.body);
    const htmlOut = norm(html.body);
    const at = c.with.map((w) => out.indexOf(norm(w))).filter((i) => i >= 0);
    TP += at.length;
    for (const w of c.without) {
      const i = out.indexOf(norm(w));
      if (i < 0) continue;
      FP++;
      if (htmlOut.includes(norm(w))) continue;
      const place = passagePlace(at, i);
      found.push({ id: c.id, text: w, place, reason: htmlReason(w, html.removed) });
    }
    scored++;
  }
  const cost = TP + FP > 1 ? TP / (TP + FP - 1) - TP / (TP + FP) : 0;
  for (const f of found) add(f.place, shapeOf(f.text), f.id, cost, tokenize(f.text).length, f.text, f.reason);
  console.log(`snippets dev, text path: ${scored} pages, TP ${TP}, FP ${FP}, precision ${(TP / (TP + FP)).toFixed(3)}; "without" passages the HTML path leaves out: ${found.length}\n`);
} else {
  const cases = loadCases(SET_DIRS[values.set!] ?? CASES_DIR).filter((c) => (values.id ? c.id === values.id : c.split === 'dev'));
  for (const c of cases) {
    const text = throughPath(c, 'text');
    if (!text || !text.body.trim()) continue;
    scored++;
    const html = throughPath(c, 'html')!;
    const htmlShingles = new Set<string>();
    const ht = tokenize(html.body);
    for (let i = 0; i + SHINGLE <= ht.length; i++) htmlShingles.add(key(ht.slice(i, i + SHINGLE)));
    const htmlLines = new Set(html.body.split('\n').map((l) => key(tokenize(l))));
    for (const k of keptLines(c.body, text.body)) {
      if (htmlHolds(k.line, htmlShingles, htmlLines)) continue;
      const reason = htmlReason(k.line, html.removed);
      if (values.id) console.log(`${k.place.padEnd(7)} ${k.shape.padEnd(28)} ${k.cost.toFixed(4)}  ${k.line.slice(0, 120)}   [html: ${reason}]`);
      add(k.place, k.shape, c.id, k.cost, k.falseShingles, k.line, reason);
    }
  }
  scale = scored ? 1 / scored : 0;
  console.log(`${values.set} dev, text path: ${scored} pages scored for precision; lines kept against the truth that the HTML path leaves out\n`);
}
if (!values.id) {
  console.log('| precision cost | lines | false tokens | pages | place | shape | HTML path\'s word (lines) |\n|---:|---:|---:|---:|---|---|---|');
  const sorted = [...rows].sort((a, b) => b[1].cost - a[1].cost).slice(0, Number(values.top));
  for (const [k, r] of sorted) {
    const reasons = [...r.reasons].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([w, n]) => `${w} ${n}`).join('; ');
    console.log(`| ${(r.cost * scale).toFixed(4)} | ${r.lines} | ${r.tokens} | ${r.pages.size} | ${k} | ${reasons} |`);
    for (const e of r.examples) console.log(`    ${e}`);
  }
  const common = [...repeated].filter(([, r]) => r.pages.size >= 2).sort((a, b) => b[1].pages.size - a[1].pages.size);
  console.log(`\nshort lines (≤ 8 tokens) on two pages or more: ${common.length}`);
  for (const [k, r] of common.slice(0, Number(values.top))) console.log(`  ${r.pages.size} pages  ${[...r.places].map(([p, n]) => `${p} ${n}`).join(', ')}  ${k}`);
  console.log(`\nby place: ${[...byPlace].map(([p, v]) => `${p} ${(v.cost * scale).toFixed(4)} (${v.lines} lines, ${v.tokens} tokens)`).join(', ')}`);
}
