/**
 * node scripts/bench/extract/census/date-miss-kinds.ts [--set meta|fundus|check] [--path text,html] [--list KIND-WORD]
 *
 * Every wrong publication day (the set dates the page, we give another) and every invented one (the set
 * leaves the page undated, we give a day) on the dev split, by kind, to rank what to fix. A wrong day on
 * the timeline is worse than none. Each page is run through the pipeline again (its date's source and
 * evidence are not in a bench result), then read against the page:
 *
 * - unreachable: the truth day is written nowhere on the page (no line of its shown text, no ISO day in
 *   its HTML): the set's truth is odd, not our error;
 * - off by one day: the page's local day against a time stamp's UTC day (or the other way); the truth
 *   odd when the set took a field's UTC day and we the local day the page shows beside it;
 * - on the text path, unreachable when only a field of the markup gives the truth day (the shown text has
 *   an update or another day); the truth odd when the set took a day the page labels as its update and
 *   we a field's publication day; a field's day against another the page shows unlabelled (republished:
 *   the set takes either);
 * - the update taken: the evidence is labelled as a change ("Updated", "Modified"), or the source is one;
 * - a copyright or footer year; a date in the page's URL or a link's;
 * - an event's date in the article's own text (the set's body holds the day we gave);
 * - another story's date: the day we gave is on the shown page, outside the body (a teaser, a list, a comment);
 * - in the HTML only: the day is in the markup (a field, an attribute), not in the shown text;
 * - an invented day on a stamp line right under the headline: the set most likely missed the page's date;
 * - on no page at all: the day was computed (a relative date, a dateline's year).
 *
 * Then right, wrong and invented days of the dev split by dateSource.
 * Held-out pages are only counted; `--list WORD` names the dev pages of the kinds whose name holds WORD.
 * `--set check`: the check set's misses by kind, in the first column, counted and never listed (tune on none of it).
 */
import { parseArgs } from 'node:util';
import { META_CASES_DIR, SET_DIRS, loadCases, type BenchCase } from '../cases.ts';
import { processArticle } from '../../../ingest/pipeline.ts';
import '../../../ingest/stages/html.ts';
import { Report, SkipArticle } from '../../../ingest/report.ts';
import { compileTopics } from '../../../ingest/stages/topics.ts';
import { loadTopicDefinitions } from '../../../ingest/run.ts';
import { findFusedDates } from '../../../ingest/lib/dates/dates.ts';
import { CHANGE_WORD } from '../../../ingest/lib/dates/date-labels.ts';
import { join } from 'node:path';
import type { DateFound } from '../../../ingest/types.ts';

const { values } = parseArgs({
  options: { set: { type: 'string', default: 'meta' }, path: { type: 'string', default: 'text,html' }, list: { type: 'string' } },
});
const cases = loadCases(SET_DIRS[values.set] ?? META_CASES_DIR).filter((c) => c.published !== undefined);
/** The column whose pages get a kind: dev, or on the check set its pages (which are never listed). */
const FIRST = values.set === 'check' ? 'check' : 'dev';
const matchers = compileTopics(loadTopicDefinitions(join(import.meta.dirname, '../../../../content/topics')));

interface Outcome {
  published: string | null;
  date: DateFound | null;
}

function run(seed: string, bytes: Uint8Array): Outcome {
  try {
    const r = processArticle(seed, bytes, matchers, new Report(seed));
    return { published: r.published ?? (r.date?.precision === 'day' ? r.date.date : null), date: r.date };
  } catch (error) {
    if (error instanceof SkipArticle) return { published: null, date: null };
    throw error;
  }
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const COPYRIGHT = /©|\(c\)|copyright/i;

/** Every day written on the shown lines of `text`, with the line that writes it. */
function daysShown(text: string): Map<string, string> {
  const days = new Map<string, string>();
  for (const line of text.split('\n')) for (const d of findFusedDates(line)) if (d.precision === 'day' && !days.has(d.date)) days.set(d.date, line.trim());
  return days;
}

/** The ISO days written anywhere in the page's markup (fields, attributes, scripts). */
function isoDaysInMarkup(html: string): Set<string> {
  return new Set([...html.matchAll(/\b(\d{4})-(\d{2})-(\d{2})(?=[T\s"'<]|$)/g)].map((m) => `${m[1]}-${m[2]}-${m[3]}`));
}

/** Days a link or the page's URL writes as /YYYY/MM/DD/. */
function urlDays(html: string, url: string | null): Set<string> {
  const text = `${url ?? ''} ${html}`;
  return new Set([...text.matchAll(/\/(\d{4})\/(\d{2})\/(\d{2})\//g)].map((m) => `${m[1]}-${m[2]}-${m[3]}`));
}

/** How many lines under the headline's line a byline stamp stands at most (author, reading time between). */
const STAMP_REACH = 4;
/** Does the innerText write `day` on one of the few lines right under the set's headline? */
function stampUnderHeadline(c: BenchCase, day: string): boolean {
  const lines = (c.innerText() ?? '').split('\n').map((l) => l.trim());
  const at = c.headline ? lines.indexOf(c.headline.trim()) : -1;
  if (at < 0) return false;
  return lines.slice(at + 1, at + 1 + STAMP_REACH).some((l) => findFusedDates(l).some((d) => d.date === day));
}

function kindOf(path: 'text' | 'html', c: BenchCase, out: Outcome, shown: Map<string, string>, markup: Set<string>): string {
  const given = out.published!;
  const truth = c.published ?? null;
  const evidence = out.date?.evidence ?? '';
  const prefix = truth ? 'wrong' : 'invented';
  if (truth && !shown.has(truth) && !markup.has(truth)) return 'wrong, unreachable: the truth day is written nowhere on the page';
  // The text path reads the shown text alone: a truth only a field of the markup gives is out of its reach.
  if (truth && path === 'text' && !shown.has(truth)) return `wrong, unreachable on the text path: only a field gives the truth, the page shows ${CHANGE_WORD.test(evidence) || out.date?.source === 'update' ? 'an update' : 'another day'}`;
  // The set's truth is a day the page labels as its update, where a field gives another publication day.
  if (truth && shown.has(truth) && CHANGE_WORD.test(shown.get(truth)!) && out.date?.source === 'metadata')
    return "wrong, the truth odd: the set took the page's shown update day, we the field's publication day";
  if (truth && shown.has(truth) && out.date?.source === 'metadata' && markup.has(given))
    return 'wrong: a field\'s publication day against another day the page shows unlabelled (republished?)';
  // The HTML path dates a field's UTC time by the day the page shows (lib/html/metadata/html-meta.ts): as the page writes it.
  if (truth && Math.abs(dayNumber(given) - dayNumber(truth)) === 1 && evidence.includes('is in UTC'))
    return "wrong, the truth odd: the set took a field's UTC day, we the local day the page shows";
  if (truth && Math.abs(dayNumber(given) - dayNumber(truth)) === 1) return 'wrong: off by one day (local day against a stamp in UTC)';
  if (out.date?.source === 'update' || CHANGE_WORD.test(evidence)) return `${prefix}: the update or change date taken`;
  if (COPYRIGHT.test(evidence)) return `${prefix}: a copyright or footer year`;
  if (out.date?.source === 'url') return `${prefix}: a date in the URL`;
  const bodyDays = new Set(findFusedDates(c.body).map((d) => d.date));
  if (bodyDays.has(given)) return `${prefix}: a date the article's own text names (an event)`;
  if (!truth && stampUnderHeadline(c, given)) return "invented, the truth odd?: a stamp right under the headline (the set may have missed it)";
  if (shown.has(given)) return `${prefix}: another story's or item's date on the shown page (teaser, list, comment)`;
  if (urlDays(c.html ? new TextDecoder().decode(c.html()) : '', c.url).has(given)) return `${prefix}: a date in a link's URL`;
  if (markup.has(given)) return `${prefix}: a day in the markup only (a field not shown)`;
  return `${prefix}: a day written nowhere on the page (computed)`;
}

const counts = new Map<string, { dev: number; heldout: number }>();
const listed = new Map<string, string[]>();
const bySource = new Map<string, { right: number; wrong: number; invented: number }>();
for (const path of values.path.split(',') as ('text' | 'html')[]) {
  for (const c of cases) {
    const inner = c.innerText();
    if (path === 'text' && inner === null) continue;
    const html = c.html();
    const out = path === 'text' ? run(`${c.id}.txt`, new TextEncoder().encode(inner!)) : run(`${c.id}.html`, html);
    if (c.split !== 'heldout' && out.published) {
      // Right, wrong and invented days by where the date came from: what each source is worth on this set.
      const key = `${path} | ${out.date?.source ?? 'published field'}`;
      const n = bySource.get(key) ?? { right: 0, wrong: 0, invented: 0 };
      n[c.published === null ? 'invented' : out.published === c.published ? 'right' : 'wrong']++;
      bySource.set(key, n);
    }
    if (!out.published || out.published === c.published) continue;
    let kind = 'held out (counted only)';
    if (c.split !== 'heldout') {
      const htmlText = new TextDecoder().decode(html);
      kind = kindOf(path, c, out, daysShown(inner ?? ''), isoDaysInMarkup(htmlText));
      const key = `${path} | ${kind}`;
      const src = out.date ? `${out.date.source}: ${JSON.stringify(out.date.evidence.slice(0, 100))}` : 'no date record';
      if (c.split === 'dev') listed.set(key, [...(listed.get(key) ?? []), `${c.id}: gave ${out.published}, truth ${c.published} (${src})`]);
    }
    const key = `${path} | ${kind}`;
    const n = counts.get(key) ?? { dev: 0, heldout: 0 };
    n[c.split === 'heldout' ? 'heldout' : 'dev']++;
    counts.set(key, n);
  }
}

console.log(`| path | kind (${FIRST}; held out as a total) | ${FIRST} | held out |`);
console.log('|---|---|---:|---:|');
const keys = [...counts.keys()].sort((a, b) => a.split(' | ')[0].localeCompare(b.split(' | ')[0]) || counts.get(b)!.dev - counts.get(a)!.dev);
for (const key of keys) {
  const [path, kind] = key.split(' | ');
  console.log(`| ${path} | ${kind} | ${counts.get(key)!.dev} | ${counts.get(key)!.heldout} |`);
}
console.log(`\n| path | dateSource (${FIRST}) | right | wrong | invented |`);
console.log('|---|---|---:|---:|---:|');
for (const [key, n] of [...bySource].sort()) console.log(`| ${key} | ${n.right} | ${n.wrong} | ${n.invented} |`);
if (values.list !== undefined && FIRST === 'dev') {
  for (const [key, pages] of listed) {
    if (!key.includes(values.list)) continue;
    console.log(`\n${key} (dev):`);
    for (const p of pages) console.log(`  ${p}`);
  }
}
