/**
 * node scripts/bench/extract/census/headline-miss-kinds.ts [RESULTS.json] [--dir CASES_DIR | --snippets] [--list KIND-WORD]
 *
 * The text path's headline misses by kind, to rank what to fix: unreachable (the true headline is no
 * line of the innerText: the set's truth is a title field's form, the kicker and headline joined, the
 * headline with the site's name) or reachable, and then which line was taken instead (a kicker or a
 * section label right over the truth, a deck under it, a page's label or button, a paragraph, another
 * headline-shaped line far off). Lines are compared as the scorer compares headlines, blank lines
 * left out. Held-out pages are only counted; `--list WORD` names the dev pages of the kinds whose name
 * holds WORD (tune on dev alone). headline-miss-places.ts says only where the chosen line stands.
 * The check set (`--dir bench/data/extract-check`) is counted in the held-out column, never listed.
 */
import { parseArgs } from 'node:util';
import { CASES_DIR, loadCases } from '../cases.ts';
import { loadSnippetCases } from '../snippet-cases.ts';
import { normalizeHeadline } from '../score.ts';
import { textPathRows } from './result-rows.ts';

const { values, positionals } = parseArgs({
  options: { dir: { type: 'string', default: CASES_DIR }, snippets: { type: 'boolean' }, list: { type: 'string' } },
  allowPositionals: true,
});
const rows = textPathRows(positionals[0], values.snippets);
const byId = new Map(rows.map((r) => [r.id, r]));

/** How many non-blank lines off the truth a kicker (over) or a deck (under) stands at most. */
const KICKER_REACH = 2;
const DECK_REACH = 3;
/** A kicker or a section label has at most this many words; a deck this many at least when it ends on no full stop. */
const KICKER_WORDS = 6;
const DECK_WORDS = 8;
/** A paragraph taken for the headline: this many words at least when it ends on no full stop. */
const PARAGRAPH_WORDS = 15;
/** What joins a kicker to its headline in a title field. */
const JOINS = [': ', ' - ', ' ', ' | ', '. ', ' / '];
const SENTENCE = /[.!?…]$/;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function kindOf(lines: string[], truth: string, chosen: string | null): string {
  const truthAt = lines.flatMap((l, i) => (l === truth ? [i] : []));
  if (truthAt.length === 0) {
    for (let i = 0; i + 1 < lines.length; i++) if (JOINS.some((j) => lines[i] + j + lines[i + 1] === truth)) return 'unreachable: the truth is two lines joined (kicker and headline)';
    if (chosen && truth.includes(chosen)) return "unreachable: the truth is the shown headline with more (the site's name, a kicker, a year)";
    if (chosen && chosen.includes(truth)) return 'unreachable: the shown line is the truth with a kicker or subtitle run in';
    return "unreachable: the truth is a title field's wording, no line of the page";
  }
  if (!chosen) return 'reachable: no headline chosen';
  const chosenAt = lines.flatMap((l, i) => (l === chosen ? [i] : []));
  if (chosenAt.length === 0) return 'reachable: the chosen line changed (cut, joined) or none of the page';
  let d = Infinity;
  for (const c of chosenAt) for (const t of truthAt) if (Math.abs(c - t) < Math.abs(d)) d = c - t;
  const w = words(chosen);
  if (d < 0 && -d <= KICKER_REACH) return w <= KICKER_WORDS ? 'reachable: a kicker or section label right over the truth' : 'reachable: a long line right over the truth (another form of it)';
  if (d > 0 && d <= DECK_REACH) return SENTENCE.test(chosen) || w >= DECK_WORDS ? 'reachable: the deck or standfirst under the truth' : 'reachable: a short line under the truth (subtitle, label)';
  if (chosenAt.length >= 3 || w <= 3) return "reachable: a page's label, button or site name far off";
  if (SENTENCE.test(chosen) || w >= PARAGRAPH_WORDS) return 'reachable: a paragraph or caption far off';
  return `reachable: another headline-shaped line far ${d > 0 ? 'under' : 'over'} (another story, a section heading, a menu)`;
}

const counts = { dev: new Map<string, number>(), heldout: new Map<string, number>() };
const listed = new Map<string, string[]>();
for (const c of values.snippets ? loadSnippetCases() : loadCases(values.dir)) {
  const row = byId.get(c.id);
  const inner = c.innerText();
  if (!row || row.headlineRight !== false || !c.headline || inner === null) continue;
  const lines = inner.split('\n').map(normalizeHeadline).filter(Boolean);
  const kind = kindOf(lines, normalizeHeadline(c.headline), row.headline ? normalizeHeadline(row.headline) : null);
  const split = c.split === 'dev' ? 'dev' : 'heldout';
  counts[split].set(kind, (counts[split].get(kind) ?? 0) + 1);
  if (split === 'dev') listed.set(kind, [...(listed.get(kind) ?? []), `${c.id}: ${JSON.stringify(row.headline)} (truth ${JSON.stringify(c.headline)})`]);
}

console.log('| kind of miss | dev | held out |');
console.log('|---|---:|---:|');
const kinds = [...new Set([...counts.dev.keys(), ...counts.heldout.keys()])].sort((a, b) => (counts.dev.get(b) ?? 0) - (counts.dev.get(a) ?? 0));
for (const kind of kinds) console.log(`| ${kind} | ${counts.dev.get(kind) ?? 0} | ${counts.heldout.get(kind) ?? 0} |`);
if (values.list) {
  for (const [kind, pages] of listed) {
    if (!kind.includes(values.list)) continue;
    console.log(`\n${kind} (dev):`);
    for (const line of pages) console.log(`  ${line}`);
  }
}
