/**
 * node scripts/bench/extract/census/lead-kept.ts [--set body|meta|fundus|utomo|aed] [--split dev|heldout] [--path text|html] [--words N] [--list] [--cause TEXT] [--keep-headings]
 *
 * Is the article's opening in the body? The check set asserts each page's first words (`lead`, scored in
 * run.ts); the other sets give the whole truth body, so here its first N tokens (20 by default) are the
 * lead (lead-of-truth.ts: after first lines that repeat the headline or read as headings, unless
 * --keep-headings), and a page whose body holds less than half of their shingles (leadRecall in
 * score.ts) has lost its opening: a reader starts mid-story. Against the raw innerText the same count says how many pages hold
 * no opening to find (the truth's text is not the innerText's). Each page that lost it is sorted by cause:
 * the innerText line that holds most of the lead is found and named as lost-lines.ts names a lost line
 * (the report's removal that took it, the headline, a date or byline taken as metadata), or, for a line
 * no entry names, by where it stands against the body (above the body's first line: the run started
 * lower; below it: dropped inside the run). Dev by default: held out is read as totals only.
 * With --list, each lost page's id, cause and lead line; with --cause TEXT, only those whose cause holds TEXT.
 */
import { parseArgs } from 'node:util';
import { CASES_DIR, SET_DIRS, loadCases } from '../cases.ts';
import { leadRecall, shingles } from '../score.ts';
import { leadOf } from './lead-of-truth.ts';
import { Report } from '../../../ingest/report.ts';
import { articleThroughPipeline, seedOfCase } from './pipeline-body.ts';
import { lostLineCause, readAsDecodeDoes, words } from './lost-line-cause.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'meta' },
    split: { type: 'string', default: 'dev' },
    path: { type: 'string', default: 'text' },
    words: { type: 'string', default: '20' },
    list: { type: 'boolean', default: false },
    cause: { type: 'string' },
    'keep-headings': { type: 'boolean', default: false },
  },
});
/** Every body set the bench knows (cases.ts), the new ones included. */
const DIRS: Record<string, string> = SET_DIRS;
/** The body keeps the opening when it holds this share of the lead's shingles. */
const KEPT = 0.5;

/** The innerText line that holds most of the lead's shingles, and its index; null when none holds any. */
function lineOfLead(lead: string, lines: readonly string[]): { line: string; index: number } | null {
  const want = shingles(lead);
  let best: { line: string; index: number; hits: number } | null = null;
  for (const [index, line] of lines.entries()) {
    let hits = 0;
    for (const key of shingles(line).keys()) if (want.has(key)) hits++;
    if (hits > 0 && (!best || hits > best.hits)) best = { line, index, hits };
  }
  return best && { line: best.line, index: best.index };
}

/** Why the lead's line is not in the body: the report's say, else where it stands against the body's first line. */
function causeOf(lead: string, innerText: string, page: { body: string; title: string; entries: Report['entries'] }): string {
  const lines = innerText.split('\n');
  const found = lineOfLead(lead, lines);
  if (!found) return 'the innerText holds no line of the lead';
  const read = readAsDecodeDoes(innerText).split('\n');
  const cause = lostLineCause(found.line, page, read.length === lines.length ? read[found.index] : undefined);
  if (cause !== '(no report entry)') return cause;
  if (!page.body.trim()) return 'no body (the page skipped)';
  const first = words(page.body.split('\n').find((l) => l.trim()) ?? '');
  const firstIndex = lines.findIndex((l) => {
    const w = words(l);
    return w.trim() && first.includes(w);
  });
  if (firstIndex < 0) return '(no report entry; the body\'s first line not found in the innerText)';
  return found.index < firstIndex ? '(no report entry) above the body\'s first line: the run starts lower' : '(no report entry) below the body\'s first line: dropped inside the run';
}

const n = Number(values.words);
const cases = loadCases(DIRS[values.set] ?? CASES_DIR).filter((c) => c.split === values.split && c.body.trim());
let pages = 0;
let lostInBody = 0;
let lostInInnerText = 0;
const byCause = new Map<string, string[]>();
for (const c of cases) {
  const seed = seedOfCase(c, values.path);
  const innerText = c.innerText();
  if (!seed || innerText === null) continue;
  const lead = leadOf(c.body, c.headline, n, values['keep-headings']);
  pages++;
  const report = new Report(seed.seed);
  const { body, title } = articleThroughPipeline(seed.seed, seed.bytes, report);
  if ((leadRecall(lead, innerText) ?? 1) < KEPT) lostInInnerText++;
  if ((leadRecall(lead, body) ?? 1) >= KEPT) continue;
  lostInBody++;
  const cause = causeOf(lead, innerText, { body, title, entries: report.entries });
  byCause.set(cause, [...(byCause.get(cause) ?? []), c.id]);
  if (values.list && (!values.cause || cause.includes(values.cause))) console.log(`${c.id}  ${cause}\n      ${lead.slice(0, 160)}`);
}
console.log(`${values.set} ${values.split}, ${values.path} path: the truth's first ${n} tokens, under half in the body on ${lostInBody} of ${pages} pages (innerText: ${lostInInnerText})\n`);
console.log('| pages | cause |\n|---:|---|');
for (const [cause, ids] of [...byCause].sort((a, b) => b[1].length - a[1].length)) console.log(`| ${ids.length} | ${cause.replace(/\|/g, '\\|')} |`);
