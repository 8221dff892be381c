/**
 * node scripts/bench/extract/census/by-language.ts [RESULTS.json] [--pages]
 *
 * The bench's per-case results (bench/tmp/extract-results.json by default, as `npm run bench:extract`
 * or `-- --set meta` wrote them; bench:snippets prints its own table by language) scored per
 * language: for each language and path,
 * the pages, precision, recall and F1 (the benchmark's own aggregate, over that language's pages of
 * both splits), and how many pages the text path scores below the raw innerText. `--pages` also lists
 * every non-English page with its raw, text and HTML F1, so a language whose text path falls below
 * raw can be read page by page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregate, type Counts } from '../score.ts';

interface CaseRow {
  id: string;
  split: string;
  lang: string;
  counts: Counts;
  f1: number;
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '../../../../bench/tmp/extract-results.json');
const results = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, { cases: CaseRow[] }> };
const paths = Object.keys(results.paths);
const byPath = new Map(paths.map((p) => [p, new Map(results.paths[p].cases.map((c) => [c.id, c]))]));
const first = results.paths[paths[0]].cases;
const langs = [...new Set(first.map((c) => c.lang))].sort((a, b) => first.filter((c) => c.lang === b).length - first.filter((c) => c.lang === a).length || a.localeCompare(b));
const f = (x: number) => x.toFixed(3);

console.log(`| lang | pages | ${paths.map((p) => `${p} P / R / F1`).join(' | ')} | text < raw |`);
console.log(`|---|---:|${paths.map(() => '---|').join('')}---:|`);
for (const lang of langs) {
  const ids = first.filter((c) => c.lang === lang).map((c) => c.id);
  const cells = paths.map((p) => {
    const s = aggregate(ids.map((id) => byPath.get(p)!.get(id)!.counts));
    return `${f(s.precision)} / ${f(s.recall)} / ${f(s.f1)}`;
  });
  const raw = byPath.get('raw'), text = byPath.get('text');
  const below = raw && text ? ids.filter((id) => text.get(id)!.f1 < raw.get(id)!.f1 - 0.001).length : 0;
  console.log(`| ${lang} | ${ids.length} | ${cells.join(' | ')} | ${raw && text ? below : '–'} |`);
}

if (args.includes('--pages')) {
  console.log('');
  for (const c of first.filter((x) => x.lang !== 'en').sort((a, b) => a.lang.localeCompare(b.lang) || a.id.localeCompare(b.id))) {
    console.log(`${c.lang}  ${c.id.padEnd(24)} ${c.split.padEnd(7)} ${paths.map((p) => `${p} ${f(byPath.get(p)!.get(c.id)!.f1)}`).join('  ')}`);
  }
}
