/**
 * npm run bench:snippets [-- --path raw,text,html] [--lang xx] [--out FILE]
 *
 * The snippet set (snippet-cases.ts) through each path: passage precision, recall and F1 as
 * trafilatura's evaluation counts them (snippet-score.ts), and headline accuracy where the page's own
 * fields agree on a headline (snippet-cases.ts), per split and per language. Tune on the dev split
 * only; the held-out split is the check that what was tuned holds on sites nobody has looked at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { PATHS, type PathName } from './paths.ts';
import { loadSnippetCases, SNIPPET_CASES_DIR } from './snippet-cases.ts';
import { countSnippets, snippetScores, type SnippetCounts } from './snippet-score.ts';
import { headlineMatches } from './score.ts';

const { values } = parseArgs({
  options: {
    path: { type: 'string', default: 'raw,text,html' },
    lang: { type: 'string' },
    out: { type: 'string', default: join(import.meta.dirname, '../../../bench/tmp/snippet-results.json') },
  },
});

let cases = loadSnippetCases();
if (values.lang) cases = cases.filter((c) => c.lang === values.lang);
if (cases.length === 0) {
  console.error(`No snippet cases in ${SNIPPET_CASES_DIR}: tests/fixtures/extract/README.md says how to make them.`);
  process.exit(1);
}

interface Row {
  id: string;
  split: string;
  lang: string;
  counts: SnippetCounts;
  headlineTruth: string | null;
  headline: string | null;
  headlineRight: boolean | null;
  ms: number;
  skipped?: string;
}
const results: Record<string, Row[]> = {};
for (const name of values.path.split(',') as PathName[]) {
  const def = PATHS[name];
  results[name] = cases
    .filter((c) => def.available(c))
    .map((c) => {
      const start = process.cpuUsage();
      const out = def.run(c);
      const used = process.cpuUsage(start);
      const headlineRight = c.headline === null ? null : headlineMatches(c.headline, out.headline);
      return { id: c.id, split: c.split, lang: c.lang, counts: countSnippets(c, out.body), headlineTruth: c.headline, headline: out.headline, headlineRight, ms: (used.user + used.system) / 1000, ...(out.skipped ? { skipped: out.skipped } : {}) };
    });
}

const langs = new Map<string, number>();
for (const c of cases) langs.set(c.lang, (langs.get(c.lang) ?? 0) + 1);
// Languages with at least 10 pages get a row of their own; the rest are counted together.
const major = [...langs].filter(([, n]) => n >= 10).sort((a, b) => b[1] - a[1]).map(([l]) => l);
const groups: [string, (r: Row) => boolean][] = [
  ['all', () => true],
  ['dev', (r) => r.split === 'dev'],
  ['heldout', (r) => r.split === 'heldout'],
  ...major.map((l): [string, (r: Row) => boolean] => [l, (r) => r.lang === l]),
  ['other', (r) => !major.includes(r.lang)],
];

const f = (x: number) => x.toFixed(3);
console.log(`\n${cases.length} pages, ${[...langs].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', ')}\n`);
console.log('| path | pages | precision | recall | F1 | headline (pages judged) | pages/s (1 core) |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const [name, rows] of Object.entries(results)) {
  for (const [group, keep] of groups) {
    const rs = rows.filter(keep);
    if (rs.length === 0) continue;
    const s = snippetScores(rs.map((r) => r.counts));
    const seconds = rs.reduce((t, r) => t + r.ms, 0) / 1000;
    const judged = rs.filter((r) => r.headlineRight !== null);
    const headline = judged.length ? `${f(judged.filter((r) => r.headlineRight).length / judged.length)} (${judged.length})` : '–';
    console.log(`| ${PATHS[name as PathName].label} | ${group} ${rs.length} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${headline} | ${(rs.length / seconds).toFixed(0)} |`);
  }
}

mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify({ pages: cases.length, results }, null, 1) + '\n');
console.log(`\nresults: ${values.out}`);
