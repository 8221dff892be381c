/**
 * node scripts/bench/extract/census/headline-loss-stages.ts [--sets body,meta,fundus,snippets,check,utomo,aed] [--list STAGE-WORD]
 *
 * Where the text path loses a headline, stage by stage: runs the text path on every page with a
 * headline truth, listening to the headline chooser (lib/page-text/headline/headline-probe.ts), and
 * classes each page it gets wrong by the first stage that lost the truth:
 *
 * - convention: the truth is no line of the innerText (a title field's wording, kicker and headline joined);
 * - before the chooser: a line of the innerText, but the chooser never ran (no article run) or its lines lack it;
 * - generation: a line the chooser was given, never scored: the run's first line (the run opened on it),
 *   a line inside the run under its first line, one above the run past LOOK_BACK, a line `notAHeadline` (title.ts) rejects, one of no headline's
 *   shape (`headlineShaped`), or one in reach and shaped that a rule of the chooser skipped;
 * - ranking: scored, but another line scored higher (over the floor) or it scored under the floor;
 * - the chooser's rewrite: top-scored, and the chooser's rules moved off it (a kicker, a deck, a far header);
 * - after the chooser: the chooser returned it, and segment or dedupe published another line or a changed one.
 *
 * Prints the count of each stage per set and split (dev, held out, check), then, for a truth line the
 * scorer weighed and left unscored (in reach above the run, or the run's own lines), the rule that left it
 * (headline-probe.ts SKIP_RULES). Held-out and check pages are counted only; `--list WORD` names the dev
 * pages of the stages (or skip rules) whose name holds WORD, with the truth and the published headline
 * (tune on dev alone).
 */
import { parseArgs } from 'node:util';
import { SET_DIRS, loadCases, type BenchCase } from '../cases.ts';
import { loadSnippetCases } from '../snippet-cases.ts';
import { headlineMatches, normalizeHeadline } from '../score.ts';
import { PATHS } from '../paths.ts';
import { setHeadlineProbe, SKIP_RULES, type HeadlineCall, type SkipRule } from '../../../ingest/lib/page-text/headline/headline-probe.ts';
import { headlineShaped } from '../../../ingest/lib/page-text/headline/headline.ts';
import { notAHeadline } from '../../../ingest/lib/page-text/headline/title.ts';

const { values } = parseArgs({ options: { sets: { type: 'string', default: 'body,meta,fundus,snippets,check,utomo,aed' }, list: { type: 'string' } } });

/** The chooser's reach above the article's first paragraph, in lines that are no furniture (headline.ts LOOK_BACK). */
const LOOK_BACK = 40;

const STAGES = [
  'right',
  'convention: truth no line of the innerText',
  'before the chooser: no article run (chooser not called)',
  'before the chooser: line not among the chooser\'s lines',
  'generation: the run\'s first line (the run opened on it)',
  'generation: inside the run, under its first line',
  'generation: above the start, past LOOK_BACK',
  'generation: filtered by notAHeadline',
  'generation: filtered by headlineShaped (other marks)',
  'generation: in reach and shaped, skipped by a chooser rule',
  'ranking: scored over the floor, another on top',
  'ranking: scored under the floor',
  'chooser\'s rewrite: top-scored, rules moved off it',
  'after the chooser: returned, then rewritten or replaced',
] as const;
type Stage = (typeof STAGES)[number];

/** The indices of the lines that read as the truth, as the scorer compares headlines. */
function truthLines(lines: string[], truth: string): number[] {
  const at: number[] = [];
  lines.forEach((line, i) => {
    if (normalizeHeadline(line) === truth) at.push(i);
  });
  return at;
}

/** A stage, and for a truth line the scorer weighed and skipped, the rule that skipped it. */
interface Loss {
  stage: Stage;
  rule?: SkipRule | 'not weighed';
}

/** Why a truth line the chooser was given was never scored (the first call: main-text's own pick). */
function generationStage(call: HeadlineCall, at: number[]): Loss {
  const { lines, blocks, start, language } = call;
  // The copy nearest the article's start decides.
  const t = at.reduce((a, b) => (Math.abs(b - start) < Math.abs(a - start) ? b : a));
  const rule = call.skipped.get(t) ?? 'not weighed';
  if (t === start) return { stage: STAGES[4], rule };
  if (t > start) return { stage: STAGES[5], rule };
  let distance = 0;
  for (let i = start - 1; i >= t; i--) if (blocks[i].cls !== 'bad') distance++;
  if (distance > LOOK_BACK) return { stage: STAGES[6] };
  if (notAHeadline(lines[t])) return { stage: STAGES[7] };
  if (!headlineShaped(lines[t], blocks[t].features, language.cjk)) return { stage: STAGES[8] };
  return { stage: STAGES[9], rule };
}

function stageOf(c: BenchCase, calls: HeadlineCall[], published: string | null): Loss {
  const early = earlyStage(c, calls, published);
  return early ? { stage: early } : generationStage(calls[0], truthLines(calls[0].lines, normalizeHeadline(c.headline!)));
}

/** The stage that lost the truth before generation, or null when the chooser was given it and never scored it. */
function earlyStage(c: BenchCase, calls: HeadlineCall[], published: string | null): Stage | null {
  const truth = normalizeHeadline(c.headline!);
  if (headlineMatches(c.headline!, published)) return STAGES[0];
  if (truthLines((c.innerText() ?? '').split('\n'), truth).length === 0) return STAGES[1];
  if (calls.length === 0) return STAGES[2];
  const isTruth = (call: HeadlineCall, i: number) => i >= 0 && normalizeHeadline(call.lines[i]) === truth;
  if (calls.some((call) => isTruth(call, call.chosen))) return STAGES[13];
  const top = (call: HeadlineCall) => call.scored.reduce((best, s) => (s.score > best.score ? s : best), { index: -1, score: -Infinity });
  if (calls.some((call) => top(call).score >= call.minScore && isTruth(call, top(call).index))) return STAGES[12];
  if (calls.some((call) => call.scored.some((s) => s.score >= call.minScore && isTruth(call, s.index)))) return STAGES[10];
  if (calls.some((call) => call.scored.some((s) => isTruth(call, s.index)))) return STAGES[11];
  if (truthLines(calls[0].lines, truth).length === 0) return STAGES[3];
  return null;
}

/** The skip rules' table rows: in reach above the run, and the run's own lines (its first, or one under it). */
const RULE_GROUPS = [
  { name: 'in reach', stages: [STAGES[9]] as Stage[] },
  { name: 'in the run', stages: [STAGES[4], STAGES[5]] as Stage[] },
];
const RULES = [...(Object.keys(SKIP_RULES) as SkipRule[]), 'not weighed'] as const;

const SPLITS = ['dev', 'heldout', 'check'] as const;
const counts = new Map<string, number>();
const scored = new Map<string, number>();
const listed: string[] = [];
const sets = values.sets!.split(',');
for (const set of sets) {
  const cases: BenchCase[] = set === 'snippets' ? loadSnippetCases() : loadCases(SET_DIRS[set]);
  for (const c of cases) {
    if (!c.headline || !PATHS.text.available(c)) continue;
    const calls: HeadlineCall[] = [];
    setHeadlineProbe((call) => calls.push(call));
    const out = PATHS.text.run(c);
    setHeadlineProbe(null);
    const { stage, rule } = stageOf(c, calls, out.headline);
    const key = `${set}|${c.split}`;
    scored.set(key, (scored.get(key) ?? 0) + 1);
    counts.set(`${key}|${stage}`, (counts.get(`${key}|${stage}`) ?? 0) + 1);
    const group = RULE_GROUPS.find((g) => g.stages.includes(stage));
    if (group && rule) counts.set(`${key}|${group.name}|${rule}`, (counts.get(`${key}|${group.name}|${rule}`) ?? 0) + 1);
    const named = rule ? `${stage} [${rule}]` : stage;
    // Held-out and check pages are counted, never named.
    if (values.list && c.split === 'dev' && stage !== 'right' && named.includes(values.list)) listed.push(`${set}\t${c.id}\t${named}\n  truth:     ${c.headline}\n  published: ${out.headline}`);
  }
  console.error(`${set} done`);
}

const columns = sets.flatMap((set) => SPLITS.filter((split) => scored.has(`${set}|${split}`)).map((split) => `${set}|${split}`));
console.log(`| stage | ${columns.map((k) => k.replace('|', ' ')).join(' | ')} |`);
console.log(`|---|${columns.map(() => '---:').join('|')}|`);
console.log(`| pages scored | ${columns.map((k) => scored.get(k)).join(' | ')} |`);
for (const stage of STAGES) {
  const cells = columns.map((k) => {
    const n = counts.get(`${k}|${stage}`) ?? 0;
    return `${n} (${((100 * n) / scored.get(k)!).toFixed(1)} %)`;
  });
  console.log(`| ${stage} | ${cells.join(' | ')} |`);
}
for (const group of RULE_GROUPS) {
  console.log(`\n| skipped ${group.name}: rule | ${columns.map((k) => k.replace('|', ' ')).join(' | ')} |`);
  console.log(`|---|${columns.map(() => '---:').join('|')}|`);
  for (const rule of RULES) {
    const ns = columns.map((k) => counts.get(`${k}|${group.name}|${rule}`) ?? 0);
    if (ns.every((n) => n === 0)) continue;
    const cells = ns.map((n, at) => `${n} (${((100 * n) / scored.get(columns[at])!).toFixed(1)} %)`);
    console.log(`| ${rule}: ${rule === 'not weighed' ? 'never reached the scorer\'s rules' : SKIP_RULES[rule]} | ${cells.join(' | ')} |`);
  }
}
if (listed.length) console.log('\n' + listed.join('\n'));
