/**
 * node scripts/bench/extract/census/headline-ceiling.ts [RESULTS.json] [--dir CASES_DIR | --snippets]
 *
 * How much of the text path's headline miss is within its reach: a headline the innerText never
 * shows as a line of its own (only in <title> or a meta tag, or joined to a kicker) cannot be
 * found there. Prints, per split, the pages whose true headline is a line of the rendered
 * innerText (both compared as the scorer compares headlines: NFKC, case, quotes, dashes and
 * whitespace aside), and the text path's headline accuracy on all pages and on those alone.
 * `--snippets` reads a bench:snippets result (snippet-cli.ts) against the snippet set, whose headline
 * truth is what two of the page's own title fields agree on (snippet-cases.ts).
 */
import { parseArgs } from 'node:util';
import { CASES_DIR, loadCases } from '../cases.ts';
import { loadSnippetCases } from '../snippet-cases.ts';
import { normalizeHeadline } from '../score.ts';
import { textPathRows } from './result-rows.ts';

const { values, positionals } = parseArgs({ options: { dir: { type: 'string', default: CASES_DIR }, snippets: { type: 'boolean' } }, allowPositionals: true });
const text = { cases: textPathRows(positionals[0], values.snippets) };

const reachable = new Set<string>();
for (const c of values.snippets ? loadSnippetCases() : loadCases(values.dir)) {
  const inner = c.innerText();
  if (!c.headline || inner === null) continue;
  const truth = normalizeHeadline(c.headline);
  if (inner.split('\n').some((line) => normalizeHeadline(line) === truth)) reachable.add(c.id);
}

const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
console.log('| split | pages scored | headline | true headline a line of the innerText | headline on those |');
console.log('|---|---:|---:|---:|---:|');
for (const split of ['dev', 'heldout', 'all']) {
  const rows = text.cases.filter((c) => c.headlineRight != null && (split === 'all' || c.split === split));
  const reach = rows.filter((c) => reachable.has(c.id));
  const right = (rs: typeof rows) => rs.filter((c) => c.headlineRight).length;
  console.log(
    `| ${split} | ${rows.length} | ${f(right(rows) / rows.length)} | ${reach.length} (${f(reach.length / rows.length)}) | ${f(right(reach) / reach.length)} |`,
  );
}
