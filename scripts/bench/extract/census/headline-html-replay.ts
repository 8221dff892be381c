/**
 * node scripts/bench/extract/census/headline-html-replay.ts --store [--sets body,meta,fundus,utomo,aed,snippets]
 * node scripts/bench/extract/census/headline-html-replay.ts [--sets …] [--list]
 *
 * The HTML path's headline vote replayed on stored fields, to measure a change to the vote in seconds.
 * `--store` runs each set's dev pages through the HTML path once, listening to the vote
 * (lib/html/headline/html-headline-probe.ts), and writes the fields it was given, its choice and the
 * page's headline truth to bench/tmp/headline-html-fields-SET.jsonl (some five minutes for the six
 * sets). Without it, the stored fields are given to the vote as it now stands (html-headline.ts
 * chooseHeadline) and each set's dev headlines are counted: right of judged, pages won and lost against
 * the stored choice; `--list` names them. A change elsewhere in the HTML path (the prune pass's reading
 * of the <h1>s, Readability's title) changes the fields: store them again after one.
 *
 * Dev pages only (tune on dev alone): held-out pages are never stored, and the check set is refused.
 * The replay reads the vote's choice, which is the page's headline as the bench scores it on the
 * HTML path (the pipeline publishes the vote's headline as given). The files hold the pages' public
 * title fields, read from outside the repository; they stay under bench/tmp, never committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PATHS } from '../paths.ts';
import { headlineMatches } from '../score.ts';
import { casesOfSet } from './result-rows.ts';
import { setHtmlHeadlineProbe } from '../../../ingest/lib/html/headline/html-headline-probe.ts';
import { chooseHeadline, type HeadlineFields } from '../../../ingest/lib/html/headline/html-headline.ts';

const { values } = parseArgs({ options: { sets: { type: 'string', default: 'body,meta,fundus,utomo,aed,snippets' }, store: { type: 'boolean' }, list: { type: 'boolean' } } });
const sets = values.sets!.split(',').filter(Boolean);
if (sets.includes('check')) throw new Error('the check set is never read page by page: leave it out of --sets');

const TMP = join(import.meta.dirname, '../../../../bench/tmp');
const fileOf = (set: string) => join(TMP, `headline-html-fields-${set}.jsonl`);

/** One dev page as stored: the vote's fields and choice, and the truth. */
interface Stored {
  id: string;
  truth: string;
  chosen: string | null;
  fields: HeadlineFields;
}

function store(set: string): void {
  const rows: string[] = [];
  let heard: { fields: HeadlineFields; chosen: string | null } | null = null;
  setHtmlHeadlineProbe((fields, choice) => {
    heard = { fields, chosen: choice.headline };
  });
  for (const c of casesOfSet(set)) {
    if (c.split !== 'dev' || !c.headline) continue;
    heard = null;
    try {
      PATHS.html.run(c);
    } catch {
      continue;
    }
    // A page the vote never saw (the pipeline skipped it) has no fields to replay.
    if (heard === null) continue;
    const { fields, chosen } = heard as { fields: HeadlineFields; chosen: string | null };
    rows.push(JSON.stringify({ id: c.id, truth: c.headline, chosen, fields } satisfies Stored));
  }
  setHtmlHeadlineProbe(null);
  mkdirSync(TMP, { recursive: true });
  writeFileSync(fileOf(set), rows.length ? rows.join('\n') + '\n' : '');
  console.log(`${set}: ${rows.length} dev pages stored in ${fileOf(set)}`);
}

function replay(set: string): void {
  let text: string;
  try {
    text = readFileSync(fileOf(set), 'utf8');
  } catch {
    console.log(`${set}: nothing stored (run with --store first)`);
    return;
  }
  const pages = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Stored);
  let right = 0;
  const won: string[] = [];
  const lost: string[] = [];
  for (const p of pages) {
    const now = chooseHeadline(p.fields).headline;
    const ok = headlineMatches(p.truth, now);
    const was = headlineMatches(p.truth, p.chosen);
    if (ok) right++;
    if (ok && !was) won.push(`  won  ${p.id}: ${now}`);
    if (!ok && was) lost.push(`  lost ${p.id}: ${now ?? '(none)'}  | truth: ${p.truth}`);
  }
  const share = pages.length ? (right / pages.length).toFixed(3) : '–';
  console.log(`${set.padEnd(9)} dev headline ${share} (${right} of ${pages.length})  won ${won.length}, lost ${lost.length}`);
  if (values.list) for (const line of [...won, ...lost]) console.log(line);
}

for (const set of sets) (values.store ? store : replay)(set);
