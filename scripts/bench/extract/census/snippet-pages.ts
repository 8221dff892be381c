/**
 * node scripts/bench/extract/census/snippet-pages.ts [--path text|html] [--lang xx] [--id ID] [--lines]
 *
 * The snippet set's dev pages page by page (snippet-cli.ts gives only the totals): for each page whose output
 * keeps a passage marked "without" (a false positive) or misses one marked "with", the passages,
 * worst pages first. `--id` shows one page; `--lines` adds, for the text path, every line of that
 * page as main-text classes it (class, weight, in the article or why not), to see why chrome stayed.
 * The pages are public data read from outside the repository: nothing of them is ever committed.
 */
import { parseArgs } from 'node:util';
import { PATHS, type PathName } from '../paths.ts';
import { loadSnippetCases } from '../snippet-cases.ts';
import { detectMainText } from '../../../ingest/stages/main-text.ts';
import { unwrapHardWrapped } from '../../../ingest/stages/segment.ts';
import { detectLanguage } from '../../../ingest/lib/page-text/language/language.ts';
import { Report } from '../../../ingest/report.ts';

const { values } = parseArgs({
  options: { path: { type: 'string', default: 'text' }, lang: { type: 'string' }, id: { type: 'string' }, lines: { type: 'boolean' } },
});
const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
const def = PATHS[values.path as PathName];
// dev pages only: the held-out half is read as totals (snippet-cli.ts), never page by page
let cases = loadSnippetCases().filter((c) => c.split === 'dev' && def.available(c));
if (values.lang) cases = cases.filter((c) => c.lang === values.lang);
if (values.id) cases = cases.filter((c) => c.id === values.id);

const rows = cases.map((c) => {
  const out = norm(def.run(c).body);
  return { c, kept: c.without.filter((w) => out.includes(norm(w))), missed: c.with.filter((w) => !out.includes(norm(w))) };
});
rows.sort((a, b) => b.kept.length - a.kept.length || b.missed.length - a.missed.length);
for (const { c, kept, missed } of rows) {
  if (!kept.length && !missed.length && !values.id) continue;
  console.log(`${c.id} ${c.lang} fp ${kept.length}/${c.without.length} fn ${missed.length}/${c.with.length}`);
  for (const k of kept) console.log(`  kept:   ${k}`);
  for (const m of missed) console.log(`  missed: ${m}`);
}

if (values.lines && values.id && cases[0] && values.path === 'text') {
  const text = cases[0].innerText() ?? '';
  const lines = unwrapHardWrapped(text, new Report(cases[0].id));
  const choice = detectMainText(lines, detectLanguage(text));
  lines.forEach((l, i) => {
    const b = choice.blocks[i];
    const inRun = i >= choice.start && i <= choice.end && !choice.furniture.has(i);
    const why = choice.furniture.get(i) ?? (b.cls === 'bad' ? b.why : '');
    console.log(`${String(i).padStart(4)} ${inRun ? '+' : '-'} ${b.cls.padEnd(5)} ${b.weight.toFixed(1).padStart(6)}${b.headlineLike ? ' H' : '  '} ${l.slice(0, 110)}${why ? `   [${why}]` : ''}`);
  });
}
