/**
 * node scripts/bench/extract/census/author-miss-kinds.ts [RESULTS.json] [--set meta|fundus|check] [--path text,html] [--list KIND-WORD]
 *
 * The meta set's (or with `--set fundus`, the fundus set's) author misses of the dev split by kind, on each path, to rank what to fix:
 * - the truth itself odd (a login handle, an id, a generic word: no person's name to find);
 * - unreachable (the truth's names are nowhere on what the path reads: the innerText on the text
 *   path, the saved HTML on the HTML path);
 * - no author given though the page shows the name, and where it stands (after a label such as
 *   "By", alone on a line, in a line with more words);
 * - several authors and only some, more or another order given;
 * - the right name with extra words kept or a part cut;
 * - a wrong name, and what it is (the site's name, a name after a photo/editor/comment label, a
 *   name of the text).
 * Names compare as the scorer compares them (authorPeople). Held-out pages are only counted in
 * total (tune on dev alone); `--list WORD` names the dev pages of the kinds whose name holds WORD.
 * `--set check`: the check set's misses by kind, counted and never listed (tune on none of it).
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { META_CASES_DIR, SET_DIRS, loadCases, type BenchCase } from '../cases.ts';
import { authorMatches, authorPeople, normalizeHeadline } from '../score.ts';
import { readFileSync } from 'node:fs';

const { values, positionals } = parseArgs({
  options: { path: { type: 'string', default: 'text,html' }, set: { type: 'string', default: 'meta' }, list: { type: 'string' } },
  allowPositionals: true,
});
const file = positionals[0] ?? join(import.meta.dirname, '../../../../bench/tmp/extract-results.json');
interface Row {
  id: string;
  split: string;
  author?: string | null;
  authorTruth?: string | null;
}
const results = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, { cases: Row[] } | undefined> };

/** A label that makes a name on the same line someone other than the writer. */
const OTHER_ROLE = /\b(?:photo|foto|image|bild|picture|credit|illustrat|edited|editor|redak|review|fact.?check|comment|repl|said|says|quote|sagte|dijo|a dit)/i;
/** A label that makes a name on the same line the writer, in a few languages. */
const AUTHOR_LABEL = /^(?:by|written by|posted by|author|von|par|por|di|door|av|przez|автор|od)\b/i;

/** The page's text as the path reads it, folded as the scorer folds names. */
function pageText(c: BenchCase, path: string): string {
  if (path === 'text') return normalizeHeadline(c.innerText() ?? '');
  const html = new TextDecoder().decode(c.html());
  const decoded = html.replace(/&amp;/g, '&').replace(/&#0?39;|&apos;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&nbsp;|&#160;/g, ' ');
  return normalizeHeadline(decoded);
}

/** A truth that names no person the way a page writes one: a handle, an id, a generic word. */
function oddTruth(truth: string): boolean {
  // All in lower case is a handle's shape in a script with capitals; a name in Hangul, Han or Devanagari has none.
  return /[\d_@]/.test(truth) || (/\p{Ll}/u.test(truth) && !/\p{Lu}/u.test(truth)) || /^(?:team|anonymous|admin|staff|editor|guest)$/i.test(truth.trim());
}

function lineKind(lines: string[], name: string, whose: 'truth' | 'chosen'): string {
  const line = lines.find((l) => l.includes(name));
  if (!line) return 'not on a line of its own text';
  if (line === name) return 'alone on a line';
  if (whose === 'chosen' && OTHER_ROLE.test(line)) return 'on a line with another role (photo, editor, comment, quote)';
  if (AUTHOR_LABEL.test(line)) return 'after a byline label';
  return line.split(/\s+/).length <= name.split(/\s+/).length + 8 ? 'in a short line with more words' : 'inside a long line (prose)';
}

function kindOf(c: BenchCase, row: Row, path: string): string {
  const truth = row.authorTruth ?? '';
  const chosen = row.author ?? null;
  if (oddTruth(truth)) return 'truth odd (a handle, an id, a generic word)';
  const page = pageText(c, path);
  const want = authorPeople(truth);
  if (!want.every((n) => page.includes(n))) return "unreachable: the truth's name is not on what the path reads";
  const lines = (path === 'text' ? (c.innerText() ?? '') : '').split('\n').map(normalizeHeadline).filter(Boolean);
  if (chosen === null) return path === 'text' ? `none given: the name ${lineKind(lines, want[0], 'truth')}` : 'none given: the name is on the page';
  const got = authorPeople(chosen);
  if (want.length > 1 || got.length > 1) {
    if (want.some((n) => got.includes(n))) return want.length > got.length ? 'several authors: some given' : got.length > want.length ? 'several given: one or more too many' : 'several authors: another order or one wrong';
  }
  const [w, g] = [want.join(' '), got.join(' ')];
  if (g.includes(w)) return 'right name with extra words';
  if (w.includes(g) || g.split(' ').some((x) => x.length > 2 && w.split(' ').includes(x))) return 'right name cut or changed';
  const host = (c.url ?? '').replace(/^https?:\/\/(?:www\.)?/, '').split(/[./]/)[0].toLowerCase();
  if (host && g.replace(/[^a-z0-9]/g, '').includes(host.replace(/[^a-z0-9]/g, '').slice(0, 6))) return "wrong name: the site's name";
  if (path === 'text') return `wrong name: ${lineKind(lines, got[0] ?? g, 'chosen')}`;
  return page.includes(g) ? 'wrong name: another name on the page' : 'wrong name: none of the page';
}

// The sets give an author's truth; the results file must be the same set's.
const cases = new Map(loadCases(SET_DIRS[values.set] ?? META_CASES_DIR).map((c) => [c.id, c]));
/** The column whose misses get a kind: dev, or on the check set its pages. */
const FIRST = values.set === 'check' ? 'check' : 'dev';
for (const path of values.path.split(',')) {
  const rows = results.paths[path]?.cases;
  if (!rows) {
    console.error(`${file} has no ${path} path`);
    continue;
  }
  const counts = new Map<string, string[]>();
  const scored = { dev: 0, heldout: 0 };
  const missed = { dev: 0, heldout: 0 };
  for (const row of rows) {
    const c = cases.get(row.id);
    if (!c || !row.authorTruth) continue;
    // The check set's pages get a kind like dev pages, and are never named (--list skips them).
    const split = row.split === 'heldout' ? 'heldout' : 'dev';
    scored[split]++;
    if (authorMatches(row.authorTruth, row.author)) continue;
    missed[split]++;
    if (split !== 'dev') continue;
    const kind = kindOf(c, row, path);
    const line = row.split === 'dev' ? `${row.id}: ${JSON.stringify(row.author ?? null)} (truth ${JSON.stringify(row.authorTruth)})` : '(a check page)';
    counts.set(kind, [...(counts.get(kind) ?? []), line]);
  }
  console.log(`\n${path} path: ${FIRST} ${missed.dev} missed of ${scored.dev}; held out ${missed.heldout} missed of ${scored.heldout} (totals only)\n`);
  console.log(`| kind of miss (${FIRST}) | pages |`);
  console.log('|---|---:|');
  for (const [kind, pages] of [...counts].sort((a, b) => b[1].length - a[1].length)) console.log(`| ${kind} | ${pages.length} |`);
  if (values.list !== undefined && FIRST === 'dev') {
    for (const [kind, pages] of counts) {
      if (!kind.includes(values.list)) continue;
      console.log(`\n${kind}:`);
      for (const line of pages) console.log(`  ${line}`);
    }
  }
}
