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
import { tokenize } from '../score.ts';
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
/** A line is kept chrome when this share of its shingles is not the truth's. */
const FALSE_SHARE = 0.6;
const SHINGLE = 4;

type Place = 'before' | 'inside' | 'after' | 'alone';

/**
 * A rough shape, for the census only. Keyword hints are a reading aid across the sets' main languages;
 * the structural ones (length, end punctuation, digits) carry most of it.
 */
export function shapeOf(line: string): string {
  const t = line.trim();
  const words = tokenize(t).length;
  if (/\t|\|/.test(t) || (words >= 3 && (t.match(/\d+/g)?.length ?? 0) / words > 0.5)) return 'table / figures';
  if (/^(?:about the author|über (?:den|die) autor|the author|author|autor(?:in)?|l'auteur|sobre el autor|o autorze)\b/i.test(t) || (words >= 12 && /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:is|has|was|ist|war|hat|schreibt|writes|est|a|es|jest|leitet|arbeitet)\s/u.test(t)))
    return 'writer bio';
  if (/newsletter|subscri|abonn|sign up|anmeld|registr|e-?mail|inscri|suscr|zapisz/i.test(t)) return 'newsletter / sign-up';
  if (/\b(share|teilen|partager|compartir|udostępnij|facebook|twitter|whatsapp|linkedin|pinterest|telegram)\b/i.test(t) && words <= 12)
    return 'share / social';
  if (/©|\b(foto|photo|bild|image|getty|imago|dpa|reuters|afp|credit|picture)\b/i.test(t) && words <= 25) return 'caption / credit';
  if (/\b(comment|kommentar|commentaire|comentario|komentarz)/i.test(t) && words <= 12) return 'comments prompt';
  if (words <= 25 && (/\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(19|20)\d\d\b/.test(t) || /^(by|von|par|por|de|od|door|di)\s+\p{Lu}/iu.test(t)))
    return 'byline / date';
  if (words <= 3) return 'label (≤3 words)';
  if (/[.!?…:"“”»«)]$/.test(t) || words > 25) return words > 25 ? 'prose (long)' : 'prose (sentence)';
  return 'headline-like (no end stop)';
}

interface Kept {
  line: string;
  place: Place;
  shape: string;
  run: number;
  cost: number;
}

/** Scores each body line: its shingles' true and false counts, in body order as the bench matches them. */
function keptLines(truth: string, body: string): Kept[] {
  const lines = body.split('\n').filter((l) => l.trim());
  const tokens: string[] = [];
  const lineOf: number[] = [];
  lines.forEach((l, i) => {
    for (const t of tokenize(l)) {
      tokens.push(t);
      lineOf.push(i);
    }
  });
  const want = new Map<string, number>();
  const tt = tokenize(truth);
  for (let i = 0; i < Math.max(1, tt.length - SHINGLE + 1); i++) {
    const k = tt.slice(i, i + SHINGLE).join('\u0001');
    if (k) want.set(k, (want.get(k) ?? 0) + 1);
  }
  const tp = new Array(lines.length).fill(0);
  const fp = new Array(lines.length).fill(0);
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE + 1); i++) {
    if (!tokens.length) break;
    const k = tokens.slice(i, i + SHINGLE).join('\u0001');
    const n = want.get(k) ?? 0;
    if (n > 0) {
      want.set(k, n - 1);
      tp[lineOf[i]]++;
    } else fp[lineOf[i]]++;
  }
  const TP = tp.reduce((a, b) => a + b, 0);
  const FP = fp.reduce((a, b) => a + b, 0);
  const isFalse = lines.map((_, i) => tp[i] + fp[i] > 0 && fp[i] / (tp[i] + fp[i]) >= FALSE_SHARE);
  const trueIdx = lines.map((_, i) => i).filter((i) => tp[i] > fp[i]);
  const first = trueIdx[0] ?? Infinity;
  const last = trueIdx.at(-1) ?? -Infinity;
  const prec = TP + FP ? TP / (TP + FP) : 0;
  const out: Kept[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isFalse[i]) continue;
    let a = i;
    let b = i;
    while (a > 0 && isFalse[a - 1]) a--;
    while (b < lines.length - 1 && isFalse[b + 1]) b++;
    const place: Place = !trueIdx.length ? 'alone' : i < first ? 'before' : i > last ? 'after' : 'inside';
    const rest = TP + FP - fp[i];
    out.push({ line: lines[i], place, shape: shapeOf(lines[i]), run: b - a + 1, cost: rest > 0 ? TP / rest - prec : 0 });
  }
  return out;
}

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
      const place: Place = !at.length ? 'alone' : i < Math.min(...at) ? 'before' : i > Math.max(...at) ? 'after' : 'inside';
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
