/**
 * node scripts/bench/extract/census/lost-lines.ts [--set body|meta|fundus|utomo|aed|snippets] [--split dev|heldout] [--path text|html] [--id ID] [--top N] [--share] [--reason TEXT] [--balance]
 *
 * Where a path loses article text: each line of the page's innerText whose 4-token shingles are
 * mostly the truth's and mostly missing from the extracted body, with the ingest report's entry that
 * took it (stage, rule and reason, as `npm run ingest` reports them). Without --id, the words lost
 * per reason over the split's pages (dev by default: tune there, read held out as totals only);
 * with --id, one page's lost lines. A line is matched with the report as decode reads it (NFC, soft
 * hyphens, mojibake: lost-line-cause.ts); one no removal names is the headline, a date or byline taken
 * as metadata, or text decode only normalised (kept, but the scorer counts it missed), and is named
 * so: '(no report entry)' is left for a loss nothing explains. Pages whose truth the innerText does
 * not hold lose text no line shows: compare the page's recall in the bench's results.
 *
 * Words lost weigh a long page more than the scorer does (recall is a mean over pages): with --share,
 * each reason's rows also give the recall it costs, each page's lost words over its truth's words,
 * summed and divided by the split's pages (what the split's recall would gain, were those lines kept).
 * With --reason, every lost line whose reason holds TEXT, after its page's id: one kind of loss over the split.
 * With --balance, each reason's removals the truth keeps against those it rightly removes (is the rule a
 * mistake to fix, or a convention the sets disagree on?). On the snippet set the truth is its "with"
 * passages, a few a page, so its words lost are few; a removal is right there when it is a "without" passage's.
 */
import { parseArgs } from 'node:util';
import { CASES_DIR, SET_DIRS, loadCases } from '../cases.ts';
import { loadSnippetCases } from '../snippet-cases.ts';
import { shingles, tokenize } from '../score.ts';
import { Report } from '../../../ingest/report.ts';
import { articleThroughPipeline, bodyThroughPipeline } from './pipeline-body.ts';
import { lostLineCause, readAsDecodeDoes, why, words } from './lost-line-cause.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'meta' },
    split: { type: 'string', default: 'dev' },
    path: { type: 'string', default: 'text' },
    id: { type: 'string' },
    top: { type: 'string', default: '40' },
    share: { type: 'boolean', default: false },
    reason: { type: 'string' },
    balance: { type: 'boolean', default: false },
  },
});
/** Every body set the bench knows (cases.ts), the new ones included. */
const DIRS: Record<string, string> = SET_DIRS;
/** A line counts as lost when this share of its shingles is the truth's, and this share of those the body misses. */
const LOST_SHARE = 0.6;

interface LostLine {
  line: string;
  words: number;
  reason: string;
}

function lostLines(truth: string, innerText: string, bytes: Uint8Array, seed: string): LostLine[] {
  const report = new Report(seed);
  const { body, title } = articleThroughPipeline(seed, bytes, report);
  const t = shingles(truth);
  const p = shingles(body);
  const kept = words(body);
  const lines = innerText.split('\n');
  // The text as decode reads it, line for line: the report's entries and the body hold it so (lost-line-cause.ts).
  const read = readAsDecodeDoes(innerText).split('\n');
  const lost: LostLine[] = [];
  for (const [i, line] of lines.entries()) {
    const w = words(line);
    if (!w.trim() || kept.includes(w)) continue;
    let all = 0;
    let inTruth = 0;
    let missed = 0;
    for (const [k, n] of shingles(line)) {
      all += n;
      if (t.has(k)) {
        inTruth += n;
        if (!p.has(k)) missed += n;
      }
    }
    if (!all || inTruth / all < LOST_SHARE || missed / all < LOST_SHARE) continue;
    const reason = lostLineCause(line, { body, title, entries: report.entries }, read.length === lines.length ? read[i] : undefined);
    lost.push({ line, words: w.trim().split(' ').length, reason });
  }
  return lost;
}

/**
 * Whether a rule is a convention (the sets disagree on what it removes) or a mistake shows in its balance:
 * the words of its removals the truth keeps against the words it rightly removes. Each removed entry
 * counts by its shingles: mostly the truth's (kept), mostly not (right), or neither (mixed, not counted).
 */
function balance(truth: string, notArticle: string | undefined, bytes: Uint8Array, seed: string, into: Map<string, { kept: number; right: number; pages: Set<string> }>, id: string) {
  const report = new Report(seed);
  bodyThroughPipeline(seed, bytes, report);
  const t = shingles(truth);
  const not = notArticle === undefined ? null : shingles(notArticle);
  for (const e of report.entries) {
    if (!e.text || e.action !== 'removed') continue;
    let all = 0;
    let inTruth = 0;
    let inNot = 0;
    for (const [k, n] of shingles(e.text)) {
      all += n;
      if (t.has(k)) inTruth += n;
      if (not?.has(k)) inNot += n;
    }
    if (!all) continue;
    const r = into.get(why(e)) ?? { kept: 0, right: 0, pages: new Set<string>() };
    const w = tokenize(e.text).length;
    if (inTruth / all >= LOST_SHARE) {
      r.kept += w;
      r.pages.add(id);
    } else if (not ? inNot / all >= LOST_SHARE : inTruth / all <= 1 - LOST_SHARE) r.right += w;
    into.set(why(e), r);
  }
}

/**
 * The snippet set's truth is passages, some of the article ("with") and some not ("without"): the
 * article's are the truth here, and a removal rightly made (--balance) is one of a "without" passage,
 * not merely of text no passage holds.
 */
interface Truth {
  id: string;
  split: string;
  body: string;
  notArticle?: string;
  innerText(): string | null;
  html(): Uint8Array;
}
const cases: Truth[] = (
  values.set === 'snippets'
    ? loadSnippetCases().map((c) => Object.assign(c, { body: c.with.join('\n'), notArticle: c.without.join('\n') }))
    : loadCases(DIRS[values.set] ?? CASES_DIR)
).filter((c) => (values.id ? c.id === values.id : c.split === values.split));
const byReason = new Map<string, { words: number; pages: Set<string>; share: number }>();
const balances = new Map<string, { kept: number; right: number; pages: Set<string> }>();
for (const c of cases) {
  const innerText = c.innerText();
  if (innerText === null) continue;
  const html = values.path === 'html';
  if (values.balance) {
    balance(c.body, c.notArticle, html ? c.html() : new TextEncoder().encode(innerText), `${c.id}.${html ? 'html' : 'txt'}`, balances, c.id);
    continue;
  }
  const lost = lostLines(c.body, innerText, html ? c.html() : new TextEncoder().encode(innerText), `${c.id}.${html ? 'html' : 'txt'}`);
  if (values.reason)
    for (const l of lost.filter((x) => x.reason.includes(values.reason!))) console.log(`${c.id}  ${String(l.words).padStart(4)}  ${l.line.slice(0, 200)}`);
  if (values.id) for (const l of lost) console.log(`${String(l.words).padStart(4)}  ${l.reason}\n      ${l.line.slice(0, 160)}`);
  const truthWords = tokenize(c.body).length;
  for (const l of lost) {
    const r = byReason.get(l.reason) ?? { words: 0, pages: new Set<string>(), share: 0 };
    r.words += l.words;
    if (truthWords) r.share += l.words / truthWords;
    r.pages.add(c.id);
    byReason.set(l.reason, r);
  }
}
if (values.balance) {
  console.log(`${values.set} ${values.split}, ${values.path} path: words each reason removed, the truth's (lost) and not (rightly removed) (${cases.length} pages)\n`);
  console.log('| lost | pages | rightly | reason |\n|---:|---:|---:|---|');
  for (const [reason, r] of [...balances].sort((a, b) => b[1].kept - a[1].kept).slice(0, Number(values.top)))
    console.log(`| ${r.kept} | ${r.pages.size} | ${r.right} | ${reason.replace(/\|/g, '\\|')} |`);
} else if (!values.id && !values.reason) {
  console.log(`${values.set} ${values.split}, ${values.path} path: words of article lines lost, by the report's reason (${cases.length} pages)\n`);
  const share = values.share;
  console.log(share ? '| recall | words | pages | reason |\n|---:|---:|---:|---|' : '| words | pages | reason |\n|---:|---:|---|');
  const order = (r: { words: number; share: number }) => (share ? r.share : r.words);
  for (const [reason, r] of [...byReason].sort((a, b) => order(b[1]) - order(a[1])).slice(0, Number(values.top)))
    console.log(`|${share ? ` ${(r.share / cases.length).toFixed(4)} |` : ''} ${r.words} | ${r.pages.size} | ${reason.replace(/\|/g, '\\|')} |`);
}
