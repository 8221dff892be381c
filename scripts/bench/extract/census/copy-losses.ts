/**
 * node scripts/bench/extract/census/copy-losses.ts [--set body|meta|fundus|utomo|aed] [--path text|html] [--top N]
 *
 * The recall a path loses to copies: text the body holds, but fewer times than the truth does. The
 * scorer counts shingles as a multiset (score.ts), so a paragraph the truth repeats (a template's
 * blurb under each item, a plan's warm-up under each week, a terms paragraph under each offer) and
 * the body keeps once is missed once per copy. lost-lines.ts cannot see this loss: it asks whether
 * a line's shingles are in the body at all, and they are. Per dev page, the truth's shingles the body
 * holds too few times (and the innerText or page holds as many times as the truth: a copy the
 * browser never showed no rule can keep), over the truth's, worst pages first, with the removals of
 * dedupe that took such a copy (its rule, the words); then the total, as the dev split's recall it
 * costs (the pages' losses summed over the split's pages). Dev pages only: held out is read as totals only.
 */
import { parseArgs } from 'node:util';
import { CASES_DIR, SET_DIRS, loadCases } from '../cases.ts';
import { shingles } from '../score.ts';
import { Report } from '../../../ingest/report.ts';
import { bodyThroughPipeline, seedOfCase } from './pipeline-body.ts';
import { copyShortfall } from './copy-shortfall.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'meta' },
    path: { type: 'string', default: 'text' },
    top: { type: 'string', default: '25' },
  },
});
/** Every body set the bench knows (cases.ts), the new ones included. */
const DIRS: Record<string, string> = SET_DIRS;
const cases = loadCases(DIRS[values.set!] ?? CASES_DIR).filter((c) => c.split === 'dev');

interface PageLoss {
  id: string;
  share: number;
  missed: number;
  truth: number;
  rules: Map<string, number>;
}
const pages: PageLoss[] = [];
const byRule = new Map<string, number>();
let read = 0;
for (const c of cases) {
  const seed = seedOfCase(c, values.path!);
  if (!seed) continue;
  read++;
  const report = new Report(seed.seed);
  const body = bodyThroughPipeline(seed.seed, seed.bytes, report);
  // What the page shows: a copy the truth holds more often than the seed's own text is not the pipeline's to keep.
  const shown = values.path === 'html' ? (c.innerText() ?? new TextDecoder().decode(seed.bytes)) : new TextDecoder().decode(seed.bytes);
  const { missed, truth: all, short } = copyShortfall(c.body, body, shown);
  if (!missed || !all) continue;
  const rules = new Map<string, number>();
  for (const e of report.entries) {
    if (e.stage !== 'dedupe' || e.action !== 'removed' || !e.text) continue;
    let words = 0;
    for (const [k, n] of shingles(e.text)) if (short.has(k)) words += n;
    if (words) rules.set(e.rule, (rules.get(e.rule) ?? 0) + words);
  }
  pages.push({ id: c.id, share: missed / all, missed, truth: all, rules });
  for (const [rule, words] of rules) byRule.set(rule, (byRule.get(rule) ?? 0) + words);
}
pages.sort((a, b) => b.share - a.share);
console.log(`${values.set} dev, ${values.path} path: the truth's copies the body holds fewer times (${read} pages)\n`);
console.log('| page | recall lost | shingles | truth | dedupe rules (shingles) |\n|---|---:|---:|---:|---|');
for (const p of pages.slice(0, Number(values.top)))
  console.log(`| ${p.id} | ${p.share.toFixed(3)} | ${p.missed} | ${p.truth} | ${[...p.rules].map(([r, n]) => `${r} ${n}`).join(', ')} |`);
const total = pages.reduce((sum, p) => sum + p.share, 0);
console.log(`\n${pages.length} pages lose copies; the split's recall they cost: ${(total / (read || 1)).toFixed(4)}`);
for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  dedupe/${rule}: ${n} shingles`);
