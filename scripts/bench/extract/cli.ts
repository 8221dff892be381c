/**
 * npm run bench:extract [-- --cases [N]] [--path raw,text,html] [--lang xx] [--source NAME] [--set body|meta|fundus|check|utomo|aed] [--warm] [--out FILE] [--write-floor]
 *
 * Scores the ingest's article bodies and headlines against public extraction test data
 * (the cases are read from outside the repository: see tests/fixtures/extract/README.md): per path and split, precision, recall, F1 (shingle
 * based, as the public benchmarks), headline accuracy and pages per second on one core (the cases
 * run one after another in this process). `--cases` lists the N worst pages of each path.
 * Writes every number, per case too, to bench/tmp/extract-results.json (-meta.json for the metadata set; or --out).
 * `--warm` runs every path once before measuring, so pages/s is that of a long ingest (compiled code,
 * loaded modules) rather than of one cold pass.
 * `--set meta` runs the metadata set instead (import-meta-cases.ts: about a thousand article pages)
 * and adds a table of publication-date and author accuracy. `--set fundus` runs the fundus set
 * (import-fundus-cases.ts: news pages in many languages) and scores it the same way. `--set check` runs
 * the check set (import-check-cases.ts), never tuned on and not split: headline, day and author as the
 * metadata set, and instead of P/R/F1 (its truth has no whole body) whether the body holds the article's
 * first words, begins with them, and the share of their shingles it holds. `--cases` lists no page of
 * it: its pages are read as totals only.
 * `--set utomo` runs the utomo set (import-utomo-cases.ts: news pages of some 250 sites whose headline and
 * body people copied out), split and scored as the body set. `--set aed` runs the aed set (import-aed-cases.ts:
 * news pages of 212 sites, articles cleaned by hand, with title, day and authors), scored as the metadata set.
 * `--source NAME` keeps the pages of one source of a set (`case.json` `source`: the check set's postlight, htmldate;
 * the utomo set's chaos, big9).
 * `--write-floor` stores the text and HTML paths' F1 per split in tests/fixtures/extract/floor.json,
 * the floor tests/ingest/extract-bench.test.ts holds (run it on all cases, after an improvement).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { FIXTURES, SET_DIRS, loadCases } from './cases.ts';
import { aggregate } from './score.ts';
import type { PathName } from './paths.ts';
import { floorSample, runPath, type PathResult } from './run.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string' },
    path: { type: 'string', default: 'raw,text,html' },
    lang: { type: 'string' },
    source: { type: 'string' },
    set: { type: 'string', default: 'body' },
    'write-floor': { type: 'boolean' },
    warm: { type: 'boolean' },
    out: { type: 'string' },
  },
  // `--cases` alone means the default count
  args: process.argv.slice(2).flatMap((a, i, all) => (a === '--cases' && (all[i + 1] === undefined || all[i + 1].startsWith('--')) ? ['--cases', '15'] : [a])),
});

if (!(values.set in SET_DIRS)) {
  console.error(`--set ${values.set}: not a set (${Object.keys(SET_DIRS).join(', ')})`);
  process.exit(1);
}
const outFile = values.out ?? join(import.meta.dirname, `../../../bench/tmp/extract-results${values.set === 'body' ? '' : `-${values.set}`}.json`);
const casesDir = SET_DIRS[values.set];
let cases = loadCases(casesDir);
if (values.lang) cases = cases.filter((c) => c.lang === values.lang);
if (values.source) cases = cases.filter((c) => c.source === values.source);
if (cases.length === 0) {
  console.error(`No cases in ${casesDir}: tests/fixtures/extract/README.md says where they come from and how to make them.`);
  process.exit(1);
}

const results: PathResult[] = [];
for (const name of values.path.split(',') as PathName[]) {
  if (values.warm) runPath(name, cases);
  const r = runPath(name, cases);
  if (r) results.push(r);
  else console.log(`(${name}: not available yet)`);
}

const pct = (x: number | null) => (x === null ? '   –  ' : x.toFixed(3));
const checkPages = cases.filter((c) => c.split === 'check').length;
console.log(
  `\n${cases.length} pages (${cases.filter((c) => c.split === 'dev').length} dev, ${cases.filter((c) => c.split === 'heldout').length} held out${checkPages ? `, ${checkPages} check` : ''})\n`,
);
// A set whose truth has no whole body (the check set) gets no P/R/F1: a dash, not a zero.
const bodies = cases.some((c) => c.body);
const leads = cases.some((c) => c.lead);
console.log(`| path | split | pages | precision | recall | F1 | headline | pages/s (1 core) |${leads ? ' lead found | lead first | lead recall |' : ''}`);
console.log(`|---|---|---:|---:|---:|---:|---:|---:|${leads ? '---:|---:|---:|' : ''}`);
for (const r of results) {
  for (const split of ['dev', 'heldout', 'check', 'all'] as const) {
    const s = r.splits[split];
    if (!s || (split === 'all' && checkPages === cases.length)) continue;
    const headline = s.headlineAccuracy === null ? '–' : `${pct(s.headlineAccuracy)} (${s.headlinePages})`;
    const body = bodies ? `${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)}` : '– | – | –';
    const lead = leads ? ` ${s.leadPages ? `${pct(s.leadFound!)} (${s.leadPages}) | ${pct(s.leadFirst!)} | ${pct(s.leadRecall ?? null)}` : '– | – | –'} |` : '';
    console.log(`| ${r.label} | ${split} | ${s.pages} | ${body} | ${headline} | ${s.pagesPerSecond.toFixed(0)} |${lead}`);
  }
}

if (results.some((r) => r.splits.all?.dates || r.splits.all?.authorAccuracy !== undefined)) {
  console.log('\nPublication day (accuracy = right / pages the set dates; precision = right / days given there) and author:\n');
  console.log('| path | split | dated pages | right | wrong | accuracy | precision | undated pages given a day | author right |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    if (r.path === 'raw') continue;
    for (const split of ['dev', 'heldout', 'check', 'all'] as const) {
      const s = r.splits[split];
      const d = s?.dates;
      if (split === 'all' && checkPages === cases.length) continue;
      if (!s || !d) continue;
      const author = s.authorAccuracy === undefined ? '–' : `${pct(s.authorAccuracy)} (${s.authorPages})`;
      console.log(`| ${r.label} | ${split} | ${d.dated} | ${d.right} | ${d.wrong} | ${pct(d.accuracy)} | ${pct(d.precision)} | ${d.givenUndated} of ${d.undated} | ${author} |`);
    }
  }
}

if (values.cases) {
  const n = Number(values.cases) || 15;
  for (const r of results) {
    if (r.path === 'raw') continue;
    console.log(`\nWorst ${n} pages, ${r.label}:`);
    for (const c of [...r.cases].filter((c) => c.split !== 'check').sort((a, b) => a.f1 - b.f1).slice(0, n)) {
      const p = c.counts.tp + c.counts.fp > 0 ? c.counts.tp / (c.counts.tp + c.counts.fp) : 0;
      const rc = c.counts.tp + c.counts.fn > 0 ? c.counts.tp / (c.counts.tp + c.counts.fn) : 0;
      const head = c.headlineRight === false ? `  headline: ${JSON.stringify(c.headline)} ≠ ${JSON.stringify(c.headlineTruth)}` : '';
      console.log(`  ${c.id.padEnd(22)} ${c.split.padEnd(7)} ${c.lang}  F1 ${c.f1.toFixed(2)}  P ${p.toFixed(2)}  R ${rc.toFixed(2)}${c.skipped ? `  skipped: ${c.skipped}` : ''}${head}`);
    }
  }
}

mkdirSync(dirname(outFile), { recursive: true });
const round = (x: number) => Math.round(x * 10000) / 10000;
writeFileSync(
  outFile,
  JSON.stringify(
    {
      pages: cases.length,
      paths: Object.fromEntries(
        results.map((r) => [
          r.path,
          {
            label: r.label,
            splits: r.splits,
            cases: r.cases.map((c) => ({ ...c, f1: round(c.f1), ms: round(c.ms), counts: { tp: round(c.counts.tp), fp: round(c.counts.fp), fn: round(c.counts.fn) } })),
          },
        ]),
      ),
    },
    null,
    1,
  ) + '\n',
);
console.log(`\nresults: ${outFile}`);

if (values['write-floor']) {
  if (values.lang || values.source || values.set !== 'body') throw new Error('--write-floor needs every case of the body set: drop --lang, --source and --set');
  const floor: Record<string, Record<string, number>> = {};
  for (const r of results) {
    if (r.path === 'raw') continue;
    const sample = new Set(floorSample(r.path, cases).map((c) => c.id));
    const scored = r.cases.filter((c) => sample.has(c.id));
    floor[r.path] = Object.fromEntries(
      (['dev', 'heldout'] as const).map((split) => [split, round(aggregate(scored.filter((c) => c.split === split).map((c) => c.counts)).f1)]),
    );
  }
  writeFileSync(join(FIXTURES, 'floor.json'), JSON.stringify(floor, null, 2) + '\n');
  console.log(`floor written: ${JSON.stringify(floor)}`);
}
