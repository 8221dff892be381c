/**
 * node scripts/bench/extract/census/headline-cross-sets.ts BASE HEAD [--path text|html]
 *
 * A headline rule judged on every set at once: BASE and HEAD are result prefixes, each naming seven
 * files, PREFIX-body.json, PREFIX-meta.json, PREFIX-fundus.json, PREFIX-check.json, PREFIX-utomo.json,
 * PREFIX-aed.json (`npm run bench:extract -- --set S --out FILE`) and PREFIX-snippets.json (`npm run
 * bench:snippets -- --out FILE`); a set whose two files are not both there is shown as dashes. The check set, never
 * tuned on, has no dev half: its pages are counted in the held-out column. Prints, per set and
 * split, the pages whose headline is right before and after, and on dev how many pages were won and
 * lost. Rules tuned on one set's dev pages carried over poorly to the others' held-out pages (session
 * 35): a change that gains on one set's dev and loses on another's is a rule for that set's pages,
 * not for news pages. Held-out pages are counted, never listed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Row {
  id: string;
  split: string;
  headlineRight?: boolean | null;
}

const SETS = ['body', 'meta', 'fundus', 'snippets', 'check', 'utomo', 'aed'] as const;
const { values, positionals } = parseArgs({ options: { path: { type: 'string', default: 'text' } }, allowPositionals: true });
if (positionals.length !== 2) throw new Error('usage: headline-cross-sets.ts BASE HEAD [--path text|html]');

/** The rows of one path of a result file: the extraction bench keeps them under `paths`, the snippet bench under `results`. */
function rowsOf(file: string): Map<string, Row> | null {
  if (!existsSync(file)) return null;
  const json = JSON.parse(readFileSync(file, 'utf8')) as { paths?: Record<string, { cases: Row[] } | undefined>; results?: Record<string, Row[] | undefined> };
  const rows = json.paths ? json.paths[values.path!]?.cases : json.results?.[values.path!];
  return rows ? new Map(rows.map((r) => [r.id, r])) : null;
}

console.log(`| set | dev right (base → head) | won | lost | held out right (base → head) |`);
console.log('|---|---:|---:|---:|---:|');
for (const set of SETS) {
  const base = rowsOf(`${positionals[0]}-${set}.json`);
  const head = rowsOf(`${positionals[1]}-${set}.json`);
  if (!base || !head) {
    console.log(`| ${set} | – | – | – | – |`);
    continue;
  }
  // The check set's pages are read as held-out ones.
  const sideOf = (r: Row) => (r.split === 'check' ? 'heldout' : r.split);
  const right = (rows: Map<string, Row>, split: string) => [...rows.values()].filter((r) => sideOf(r) === split && r.headlineRight === true).length;
  const scored = [...head.values()].filter((r) => r.split === 'dev' && r.headlineRight != null).length;
  let won = 0;
  let lost = 0;
  for (const r of head.values()) {
    const b = base.get(r.id);
    if (r.split !== 'dev' || !b || b.headlineRight === r.headlineRight) continue;
    if (r.headlineRight) won++;
    else if (b.headlineRight) lost++;
  }
  const heldScored = [...head.values()].filter((r) => sideOf(r) === 'heldout' && r.headlineRight != null).length;
  console.log(`| ${set} | ${right(base, 'dev')} → ${right(head, 'dev')} of ${scored} | ${won} | ${lost} | ${right(base, 'heldout')} → ${right(head, 'heldout')} of ${heldScored} |`);
}
