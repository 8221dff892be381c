/**
 * node scripts/bench/extract/census/kept-lines.ts [--set meta|fundus|body|utomo|aed|snippets] [--path text|html] [--id ID] [--top N] [--show N]
 *
 * The other side of lost-lines.ts: where a path keeps what is not article. Dev split only (tune there;
 * held out is read as totals only, never page by page).
 *
 * Body sets (meta, fundus, body, utomo, aed): each line of the published body is scored shingle by shingle as the
 * bench scores the page (4-token shingles, multiset overlap, in body order); a line most of whose
 * shingles the truth has not got is a kept line. Each is placed by where it stands (before the first
 * true line, inside, after the last) and given a shape (shapeOf below: a rough reading for the census,
 * never a rule of the ingest). Its cost is the page's precision gain were its false shingles gone, summed
 * over pages and divided by the split's scored pages: what the split's precision would gain.
 *
 * Snippets: each "without" passage the body keeps, placed against the "with" passages it keeps, and its
 * cost in the set's precision (one false positive fewer: TP / (TP + FP - 1) - TP / (TP + FP)).
 *
 * The closing table sums the cost by the page's language and place, beside the language's share of
 * the scored pages: a language whose cost share far exceeds its page share is one the line features
 * read badly (stopwords, sentence marks, scripts without spaces).
 *
 * With --id, one page's kept lines. --show N prints N example lines per (place, shape) row: public data
 * read from outside the repository, to read only; nothing of it is ever committed.
 */
import { parseArgs } from 'node:util';
import { CASES_DIR, SET_DIRS, loadCases } from '../cases.ts';
import { loadSnippetCases } from '../snippet-cases.ts';
import { keptLines, passagePlace, shapeOf, type Place } from './kept-line-scores.ts';
import { bodiesOnPath } from './pipeline-body.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'meta' },
    path: { type: 'string', default: 'text' },
    id: { type: 'string' },
    top: { type: 'string', default: '40' },
    show: { type: 'string', default: '0' },
  },
});
const DIRS: Record<string, string> = SET_DIRS;

interface Row {
  cost: number;
  lines: number;
  pages: Set<string>;
  examples: string[];
}
const rows = new Map<string, Row>();
/** Cost by language, then place; and the pages scored per language. */
const byLang = new Map<string, Map<string, number>>();
const pagesOfLang = new Map<string, number>();
const addLang = (lang: string, place: string, cost: number) => {
  const m = byLang.get(lang) ?? new Map<string, number>();
  m.set(place, (m.get(place) ?? 0) + cost);
  byLang.set(lang, m);
};
const add = (key: string, id: string, cost: number, line: string) => {
  const r = rows.get(key) ?? { cost: 0, lines: 0, pages: new Set<string>(), examples: [] };
  r.cost += cost;
  r.lines++;
  r.pages.add(id);
  if (r.examples.length < Number(values.show)) r.examples.push(`${id}: ${line.slice(0, 140)}`);
  rows.set(key, r);
};
const runLabel = (n: number) => (n >= 3 ? 'run≥3' : n === 2 ? 'pair' : 'single');
let scored = 0;
if (values.set === 'snippets') {
  const cases = loadSnippetCases().filter((c) => (values.id ? c.id === values.id : c.split === 'dev'));
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const found: { id: string; lang: string; text: string; place: Place }[] = [];
  let TP = 0;
  let FP = 0;
  for (const { c, body } of bodiesOnPath(cases, values.path!)) {
    const out = norm(body);
    const at = c.with.map((w) => out.indexOf(norm(w))).filter((i) => i >= 0);
    TP += at.length;
    for (const w of c.without) {
      const i = out.indexOf(norm(w));
      if (i < 0) continue;
      FP++;
      const place = passagePlace(at, i);
      found.push({ id: c.id, lang: c.lang, text: w, place });
    }
    scored++;
    pagesOfLang.set(c.lang, (pagesOfLang.get(c.lang) ?? 0) + 1);
  }
  const cost = TP + FP > 1 ? TP / (TP + FP - 1) - TP / (TP + FP) : 0;
  for (const f of found) {
    if (values.id) console.log(`${f.place.padEnd(7)} ${shapeOf(f.text).padEnd(28)} ${f.text.slice(0, 140)}`);
    add(`${f.place} | ${shapeOf(f.text)}`, f.id, cost, f.text);
    addLang(f.lang, f.place, cost);
  }
  console.log(`snippets dev, ${values.path} path: ${scored} pages, TP ${TP}, FP ${FP}, precision ${(TP / (TP + FP)).toFixed(3)}\n`);
} else {
  const cases = loadCases(DIRS[values.set] ?? CASES_DIR).filter((c) => (values.id ? c.id === values.id : c.split === 'dev'));
  for (const { c, body } of bodiesOnPath(cases, values.path!)) {
    if (!body.trim()) continue;
    scored++;
    pagesOfLang.set(c.lang, (pagesOfLang.get(c.lang) ?? 0) + 1);
    for (const k of keptLines(c.body, body)) {
      addLang(c.lang, k.place, k.cost);
      if (values.id) console.log(`${k.place.padEnd(7)} ${runLabel(k.run).padEnd(6)} ${k.shape.padEnd(28)} ${k.cost.toFixed(4)}  ${k.line.slice(0, 120)}`);
      add(`${k.place} | ${k.shape} | ${runLabel(k.run)}`, c.id, k.cost, k.line);
    }
  }
  console.log(`${values.set} dev, ${values.path} path: ${scored} pages scored for precision\n`);
}
if (!values.id) {
  console.log('| precision cost | lines | pages | place | shape | run |\n|---:|---:|---:|---|---|---|');
  const sorted = [...rows].sort((a, b) => b[1].cost - a[1].cost).slice(0, Number(values.top));
  for (const [key, r] of sorted) {
    const cost = values.set === 'snippets' ? r.cost : r.cost / scored;
    console.log(`| ${cost.toFixed(4)} | ${r.lines} | ${r.pages.size} | ${key} |`);
    for (const e of r.examples) console.log(`    ${e.replace(/\n/g, ' ')}`);
  }
  const byPlace = new Map<string, number>();
  for (const [key, r] of rows) {
    const p = key.split(' | ')[0];
    byPlace.set(p, (byPlace.get(p) ?? 0) + (values.set === 'snippets' ? r.cost : r.cost / scored));
  }
  console.log(`\nby place: ${[...byPlace].map(([p, c]) => `${p} ${c.toFixed(4)}`).join(', ')}`);
  const scale = values.set === 'snippets' ? 1 : 1 / scored;
  const total = [...byLang.values()].reduce((a, m) => a + [...m.values()].reduce((x, y) => x + y, 0), 0);
  const places: Place[] = ['before', 'inside', 'after', 'alone'];
  console.log(`\n| lang | pages | page share | cost | cost share | ${places.join(' | ')} |\n|---|---:|---:|---:|---:|${places.map(() => '---:|').join('')}`);
  const langs = [...pagesOfLang.keys()].sort((a, b) => (pagesOfLang.get(b) ?? 0) - (pagesOfLang.get(a) ?? 0));
  for (const lang of langs) {
    const m = byLang.get(lang) ?? new Map<string, number>();
    const cost = [...m.values()].reduce((x, y) => x + y, 0);
    const cells = places.map((p) => ((m.get(p) ?? 0) * scale).toFixed(4));
    console.log(`| ${lang} | ${pagesOfLang.get(lang)} | ${((pagesOfLang.get(lang) ?? 0) / scored).toFixed(2)} | ${(cost * scale).toFixed(4)} | ${total ? (cost / total).toFixed(2) : '0'} | ${cells.join(' | ')} |`);
  }
}
