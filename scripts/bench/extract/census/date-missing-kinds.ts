/**
 * node scripts/bench/extract/census/date-missing-kinds.ts [--set meta|fundus|check] [--list KIND-WORD]
 *
 * date-miss-kinds.ts's sibling for the days the text path does not give: every dev page the set dates
 * where the text path gives no day, by kind, to rank what to fix. Each page is run through the pipeline
 * again, then its innerText is searched for the truth's day in any form a page writes it (its year, its
 * day and its month as a number or a word, near each other on one line), whether our readers read it or not:
 *
 * - unreachable: no line writes the truth's day (only the markup does, or nothing): leave it;
 * - unreachable: a day and month with no year near ("Sep 16" under the headline): the year would be a guess;
 * - read but not taken: our stamp reader (findStampDate, in the page's language and numeric order) reads
 *   the day on its line, but the line was not taken as the article's stamp; where the line stands
 *   (over the headline, under it, in the body, under the article), and what the page says it is (an
 *   update, a comment's date under the thread's heading, an item of a list of dated lines);
 * - unread: the line writes the day in a form the reader passes, by its shape (digits as 9, words kept
 *   where they may name a month), for a look at the listed lines.
 *
 * `--set check`: the check set's pages get a kind, counted and never listed. Held-out pages are only
 * counted; `--list WORD` names the dev pages of the kinds whose name holds WORD, with the line that
 * writes the day.
 */
import { parseArgs } from 'node:util';
import { META_CASES_DIR, SET_DIRS, loadCases, type BenchCase } from '../cases.ts';
import { processArticle } from '../../../ingest/pipeline.ts';
import '../../../ingest/stages/html.ts';
import { Report, SkipArticle } from '../../../ingest/report.ts';
import { compileTopics } from '../../../ingest/stages/topics.ts';
import { loadTopicDefinitions } from '../../../ingest/run.ts';
import { asciiDigits, findFusedDates, findStampDate, numericOrderOfLanguage, numericOrderShown } from '../../../ingest/lib/dates/dates.ts';
import { CHANGE_WORD } from '../../../ingest/lib/dates/date-labels.ts';
import { underCommentCue } from '../../../ingest/lib/dates/sole-date-line.ts';
import { join } from 'node:path';

const { values } = parseArgs({ options: { set: { type: 'string', default: 'meta' }, list: { type: 'string' } } });
const cases = loadCases(SET_DIRS[values.set] ?? META_CASES_DIR).filter((c) => c.published);
/** The column whose pages get a kind: dev, or on the check set its pages (counted, never listed). */
const FIRST = values.set === 'check' ? 'check' : 'dev';
const matchers = compileTopics(loadTopicDefinitions(join(import.meta.dirname, '../../../../content/topics')));

/** The text path's day and the language it read the page in; null day when it gives none (or skips the page). */
function run(c: BenchCase): { day: string | null; lang: string } {
  try {
    const r = processArticle(`${c.id}.txt`, new TextEncoder().encode(c.innerText()!), matchers, new Report(c.id));
    return { day: r.published ?? (r.date?.precision === 'day' ? r.date.date : null), lang: r.lang ?? 'en' };
  } catch (error) {
    if (error instanceof SkipArticle) return { day: null, lang: 'en' };
    throw error;
  }
}

/** How far apart a day's year, month and day may stand on a line to be one date. */
const DATE_SPAN = 40;

/**
 * Where `line` writes the day `iso` in any form: its year (four figures, or two in a numeric date), its
 * day's number, and its month as a number or a word between or beside them, within DATE_SPAN characters.
 * The span written, or null.
 */
function writesDay(line: string, iso: string): { at: number; end: number } | null {
  const [y, m, d] = iso.split('-').map(Number);
  const text = asciiDigits(line);
  const numbers = [...text.matchAll(/\d+/g)].map((n) => ({ v: +n[0], s: n[0], at: n.index, end: n.index + n[0].length }));
  for (const year of numbers) {
    const fullYear = year.s.length === 4 && year.v === y;
    const shortYear = year.s.length === 2 && year.v === y % 100;
    if (!fullYear && !shortYear) continue;
    const near = numbers.filter((n) => n !== year && Math.abs(n.at - year.at) <= DATE_SPAN);
    for (const day of near.filter((n) => n.v === d && n.s.length <= 2)) {
      const lo = Math.min(year.at, day.at);
      const hi = Math.max(year.end, day.end);
      const month = near.find((n) => n !== day && n.v === m && n.s.length <= 2 && Math.abs(n.at - day.at) <= 8);
      if (month) return { at: Math.min(lo, month.at), end: Math.max(hi, month.end) };
      // Two figures of a year only in an all-numeric date ("03.12.25").
      if (shortYear) continue;
      const between = text.slice(Math.max(0, lo - 15), hi + 15);
      if (/[\p{L}]{2,}|[月]/u.test(between)) return { at: Math.max(0, lo - 15), end: Math.min(text.length, hi + 15) };
    }
  }
  return null;
}

/** The shape of a written date: figures as 9, runs of spaces as one. */
const shapeOf = (s: string) => asciiDigits(s).replace(/\d/g, '9').replace(/\s+/g, ' ').trim();

function whereStands(lines: string[], i: number, headline: string | null): string {
  const at = headline ? lines.findIndex((l) => l.trim() === headline.trim()) : -1;
  if (at < 0) return 'the set\'s headline not a line of its own';
  if (i < at) return i >= at - 3 ? 'just over the headline' : 'far over the headline';
  if (i <= at + 6) return 'within 6 lines under the headline';
  if (i <= at + 30) return '7-30 lines under the headline';
  return 'over 30 lines under the headline';
}

const unreachableLines = new Map<string, string>();
const MONTH_WORDS = [/jan/i, /feb/i, /m(?:ar|är|aa)/i, /ap/i, /ma[iy]/i, /jun/i, /jul/i, /aug|ago/i, /sep/i, /o[ckt]t/i, /nov/i, /de[cz]/i];
/**
 * Why no line writes the truth's day: its lines run together (a stamp row broken over three or four
 * lines), a day and month with no year near (a short stamp, "3. Dez., 14:05"), or nothing.
 */
function unreachableKind(lines: string[], iso: string, headline: string | null): string {
  // The headline's year ("Trends for 2025") over a stamp without one ("Aug 15") is no date written.
  const shown = lines.map((l) => l.trim()).filter((l) => l && l !== headline?.trim());
  for (let i = 0; i < shown.length; i++) if (writesDay(shown.slice(i, i + 4).join(' '), iso)) return 'unreachable on one line: written over up to 4 lines';
  const [, m, d] = iso.split('-').map(Number);
  const numeric = new RegExp(`(?<![\\d.])0?${d}[./-]0?${m}(?![\\d/-]|\\.\\d)`);
  const worded = new RegExp(`(?<!\\d)0?${d}(?!\\d)\\.?\\s\\p{L}{3,}|\\p{L}{3,}\\.?\\s0?${d}(?!\\d)`, 'u');
  const hit = shown.find((l) => l.length < 80 && (numeric.test(l) || (worded.test(l) && MONTH_WORDS[m - 1].test(l))));
  if (hit) unreachableLines.set(iso, hit);
  return hit ? `unreachable: a day and month with no year near, on a short line` : 'unreachable: no line writes the day';
}

/** How many lines around a date line a list of dated items reaches (as segment.ts's DATED_LIST_REACH). */
const LIST_REACH = 8;
/** What the page says the readable line is, as the rules that pass it read it: an update, a comment's, a list's item. */
function whyPassed(lines: string[], i: number): string {
  const above = lines.slice(Math.max(0, i - 2), i).join(' ');
  if (CHANGE_WORD.test(lines[i]) || CHANGE_WORD.test(above)) return ' (labelled as an update)';
  if (underCommentCue(lines, i)) return " (a comment's, under the thread's heading)";
  let dated = 0;
  for (let j = Math.max(0, i - LIST_REACH); j <= Math.min(lines.length - 1, i + LIST_REACH); j++) if (findFusedDates(lines[j]).length) dated++;
  return dated >= 3 ? ' (in a list of dated items)' : '';
}

const counts = new Map<string, { dev: number; heldout: number }>();
const listed = new Map<string, string[]>();
let missing = 0;
for (const c of cases) {
  const inner = c.innerText();
  if (inner === null) continue;
  const out = run(c);
  if (out.day) continue;
  missing++;
  let kind = 'held out (counted only)';
  let note = '';
  if (c.split !== 'heldout') {
    const lines = inner.split('\n');
    const order = numericOrderShown(inner) ?? numericOrderOfLanguage(out.lang);
    const written = lines.map((l, i) => ({ l, i, w: writesDay(l, c.published!) })).filter((x) => x.w);
    if (!written.length) kind = unreachableKind(lines, c.published!, c.headline);
    else {
      const readable = written.find((x) => findStampDate(x.l, out.lang, order)?.date === c.published);
      if (readable) {
        kind = `read but not taken${whyPassed(lines, readable.i)}: ${whereStands(lines, readable.i, c.headline)}`;
        note = readable.l.trim().slice(0, 140);
      } else {
        const first = written[0];
        const span = first.l.slice(first.w!.at, first.w!.end);
        kind = `unread (${out.lang}): ${whereStands(lines, first.i, c.headline)}`;
        note = `[${shapeOf(span)}] ${first.l.trim().slice(0, 140)}`;
      }
    }
    if (kind.includes('no year near')) note = unreachableLines.get(c.published!)!.slice(0, 140);
    if (c.split === 'dev') listed.set(kind, [...(listed.get(kind) ?? []), `${c.id} (${c.published}, ${out.lang}): ${note}`]);
  }
  const n = counts.get(kind) ?? { dev: 0, heldout: 0 };
  n[c.split === 'heldout' ? 'heldout' : 'dev']++;
  counts.set(kind, n);
}

console.log(`${missing} dated pages the text path gives no day (set ${values.set})\n`);
console.log(`| kind (${FIRST}; held out as a total) | ${FIRST} | held out |`);
console.log('|---|---:|---:|');
for (const [kind, n] of [...counts].sort((a, b) => b[1].dev - a[1].dev)) console.log(`| ${kind} | ${n.dev} | ${n.heldout} |`);
if (values.list !== undefined) {
  for (const [kind, pages] of listed) {
    if (!kind.includes(values.list)) continue;
    console.log(`\n${kind}:`);
    for (const p of pages) console.log(`  ${p}`);
  }
}
