/**
 * node scripts/bench/extract/census/headline-miss-places.ts [RESULTS.json] [--dir CASES_DIR | --snippets] [--list]
 *
 * Where the text path's chosen line stands against the true headline, on the pages it missed whose
 * true headline is a line of the innerText (headline-ceiling.ts counts those). The place says which
 * kind of line won: the line right under the truth (its deck, a standfirst), right over it (a kicker,
 * a section's name), a few lines off, or far off (a menu's entry, another story, a list's first entry).
 * `--list` names the dev pages of each place with both lines, to read; held-out pages are only counted,
 * never named (tune on dev alone).
 */
import { parseArgs } from 'node:util';
import { CASES_DIR, loadCases } from '../cases.ts';
import { loadSnippetCases } from '../snippet-cases.ts';
import { normalizeHeadline } from '../score.ts';
import { textPathRows } from './result-rows.ts';

const { values, positionals } = parseArgs({
  options: { dir: { type: 'string', default: CASES_DIR }, snippets: { type: 'boolean' }, list: { type: 'boolean' } },
  allowPositionals: true,
});
const rows = textPathRows(positionals[0], values.snippets);
const byId = new Map(rows.map((r) => [r.id, r]));

/** How far, at most, the chosen line stands from the truth to be "a few lines" off. */
const NEAR = 5;
const PLACES = ['right under the truth', 'right over the truth', `2–${NEAR} lines under`, `2–${NEAR} lines over`, 'far under', 'far over', 'no line of the page (changed or none)'] as const;
type Place = (typeof PLACES)[number];

/** The place of the chosen line against the truth: the nearest pair of their copies decides. */
function placeOf(truthAt: number[], chosenAt: number[]): Place {
  if (chosenAt.length === 0) return PLACES[6];
  let d = Infinity;
  for (const c of chosenAt) for (const t of truthAt) if (Math.abs(c - t) < Math.abs(d)) d = c - t;
  if (d === 1) return PLACES[0];
  if (d === -1) return PLACES[1];
  if (d > 0) return d <= NEAR ? PLACES[2] : PLACES[4];
  return -d <= NEAR ? PLACES[3] : PLACES[5];
}

const counts: Record<string, Map<Place, number>> = { dev: new Map(), heldout: new Map() };
const listed = new Map<Place, string[]>();
for (const c of values.snippets ? loadSnippetCases() : loadCases(values.dir)) {
  const row = byId.get(c.id);
  const inner = c.innerText();
  if (!row || row.headlineRight !== false || !c.headline || inner === null) continue;
  const lines = inner.split('\n').map(normalizeHeadline);
  const truth = normalizeHeadline(c.headline);
  const truthAt = lines.flatMap((l, i) => (l === truth ? [i] : []));
  if (truthAt.length === 0) continue;
  const chosen = row.headline ? normalizeHeadline(row.headline) : null;
  const chosenAt = chosen ? lines.flatMap((l, i) => (l === chosen ? [i] : [])) : [];
  const place = placeOf(truthAt, chosenAt);
  const split = c.split === 'dev' ? 'dev' : 'heldout';
  counts[split].set(place, (counts[split].get(place) ?? 0) + 1);
  if (split === 'dev') listed.set(place, [...(listed.get(place) ?? []), `${c.id}: ${JSON.stringify(row.headline)} (truth ${JSON.stringify(c.headline)})`]);
}

console.log('| where the chosen line stands | dev | held out |');
console.log('|---|---:|---:|');
for (const place of PLACES) console.log(`| ${place} | ${counts.dev.get(place) ?? 0} | ${counts.heldout.get(place) ?? 0} |`);
if (values.list) {
  for (const place of PLACES) {
    const ids = listed.get(place);
    if (!ids) continue;
    console.log(`\n${place} (dev):`);
    for (const line of ids) console.log(`  ${line}`);
  }
}
