/**
 * node scripts/bench/extract/census/html-kept-text-lost.ts [--set meta|fundus|body|utomo|aed|snippets] [--top N] [--show N] [--cause TEXT]
 *
 * What the HTML path keeps of the truth and the text path loses, on the dev pages only (tune there;
 * held out is read as totals only, never page by page). Each line of the page's innerText whose 4-token
 * shingles are mostly the truth's (LOST_SHARE, as lost-lines.ts), mostly in the HTML path's body and
 * mostly missing from the text path's body, with the text path's report entry that removed it (stage,
 * rule, reason: lost-line-cause.ts), placed by where it stands beside the text path's run (before the
 * first innerText line of four tokens or more the text body keeps, inside, after the last; "no body"
 * when it keeps none).
 *
 * Two tables: words and recall (each page's lost words over its truth's words, summed and divided by the
 * split's pages) by cause, then by place. Beside each cause, its guard: the words of innerText lines the
 * same cause removed that the truth drops (under 1 − LOST_SHARE of their shingles the truth's; on the
 * snippet set, mostly a "without" passage's), so a group a rule would bring back is read with the chrome
 * that would come with it. --show N prints N lines of each of the top causes (kept and dropped): public
 * data read from outside the repository, to read only; nothing of it is ever committed. --cause TEXT
 * lists every line of the causes holding TEXT, with its page, place and side.
 *
 * Runs both paths on every dev page: a few minutes a set.
 */
import { parseArgs } from 'node:util';
import { shingles, tokenize } from '../score.ts';
import { Report } from '../../../ingest/report.ts';
import { articleThroughPipeline, bodyThroughPipeline } from './pipeline-body.ts';
import { lostLineCause, readAsDecodeDoes, words } from './lost-line-cause.ts';
import { casesOfSet } from './result-rows.ts';
import type { SnippetCase } from '../snippet-cases.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'meta' },
    top: { type: 'string', default: '30' },
    show: { type: 'string', default: '0' },
    cause: { type: 'string' },
  },
});
/** A line is the truth's (and the HTML body's, and missing from the text body) at this share of its shingles. */
const LOST_SHARE = 0.6;

type Place = 'before' | 'inside' | 'after' | 'no body';
interface Line {
  text: string;
  words: number;
  cause: string;
  place: Place;
}

const shareIn = (line: Map<string, number>, of: Map<string, number> | null) => {
  let all = 0;
  let inside = 0;
  for (const [k, n] of line) {
    all += n;
    if (of?.has(k)) inside += n;
  }
  return all ? inside / all : -1;
};

/** The innerText lines the HTML path keeps and the text path loses (`lost`), and those the text path removed rightly (`dropped`). */
function pageLines(c: { id: string; body: string; notArticle?: string }, innerText: string, html: Uint8Array) {
  const seed = `${c.id}.txt`;
  const report = new Report(seed);
  const text = articleThroughPipeline(seed, new TextEncoder().encode(innerText), report);
  const htmlBody = bodyThroughPipeline(`${c.id}.html`, html, new Report(`${c.id}.html`));
  const truth = shingles(c.body);
  const not = c.notArticle === undefined ? null : shingles(c.notArticle);
  const fromHtml = shingles(htmlBody);
  const fromText = shingles(text.body);
  const kept = words(text.body);
  const lines = innerText.split('\n');
  const read = readAsDecodeDoes(innerText).split('\n');
  // The run's ends: lines of a shingle or more the body holds (a short line such as "Share" is found anywhere in it).
  const inBody = lines.map((l) => tokenize(l).length >= 4 && kept.includes(words(l)));
  const first = inBody.indexOf(true);
  const last = inBody.lastIndexOf(true);
  const lost: Line[] = [];
  const dropped: Line[] = [];
  for (const [i, line] of lines.entries()) {
    if (!words(line).trim() || inBody[i] || kept.includes(words(line))) continue;
    const sh = shingles(line);
    const t = shareIn(sh, truth);
    if (t < 0) continue;
    const place: Place = first < 0 ? 'no body' : i < first ? 'before' : i > last ? 'after' : 'inside';
    const page = { body: text.body, title: text.title, entries: report.entries };
    const cause = () => lostLineCause(line, page, read.length === lines.length ? read[i] : undefined);
    const n = tokenize(line).length;
    if (t >= LOST_SHARE) {
      if (shareIn(sh, fromHtml) >= LOST_SHARE && 1 - shareIn(sh, fromText) >= LOST_SHARE) lost.push({ text: line, words: n, cause: cause(), place });
    } else if (not ? shareIn(sh, not) >= LOST_SHARE : t <= 1 - LOST_SHARE) dropped.push({ text: line, words: n, cause: cause(), place });
  }
  return { lost, dropped };
}

interface Sum {
  words: number;
  share: number;
  pages: Set<string>;
  dropped: number;
  droppedPages: Set<string>;
  lines: { id: string; line: Line; side: 'kept' | 'dropped' }[];
}
const sum = (m: Map<string, Sum>, key: string) => {
  let s = m.get(key);
  if (!s) m.set(key, (s = { words: 0, share: 0, pages: new Set(), dropped: 0, droppedPages: new Set(), lines: [] }));
  return s;
};

const cases = casesOfSet(values.set)
  .filter((c) => c.split === 'dev')
  .map((c) => (values.set === 'snippets' ? Object.assign(c, { body: (c as SnippetCase).with.join('\n'), notArticle: (c as SnippetCase).without.join('\n') }) : c));
const byCause = new Map<string, Sum>();
const byPlace = new Map<string, Sum>();
let pages = 0;
for (const c of cases) {
  const innerText = c.innerText();
  if (innerText === null) continue;
  pages++;
  const { lost, dropped } = pageLines(c, innerText, c.html());
  const truthWords = tokenize(c.body).length || 1;
  for (const l of lost)
    for (const s of [sum(byCause, l.cause), sum(byPlace, l.place)]) {
      s.words += l.words;
      s.share += l.words / truthWords;
      s.pages.add(c.id);
      s.lines.push({ id: c.id, line: l, side: 'kept' });
    }
  for (const l of dropped) {
    const s = sum(byCause, l.cause);
    s.dropped += l.words;
    s.droppedPages.add(c.id);
    s.lines.push({ id: c.id, line: l, side: 'dropped' });
  }
}

const esc = (s: string) => s.replace(/\|/g, '\\|');
const lostOnes = (m: Map<string, Sum>) => [...m].filter(([, s]) => s.words > 0).sort((a, b) => b[1].share - a[1].share);
console.log(`${values.set} dev, ${pages} pages: the truth's innerText lines the HTML path keeps and the text path loses\n`);
console.log('| recall | words | pages | truth drops (words / pages) | cause (text path) |\n|---:|---:|---:|---:|---|');
for (const [cause, s] of lostOnes(byCause).slice(0, Number(values.top)))
  console.log(`| ${(s.share / pages).toFixed(4)} | ${s.words} | ${s.pages.size} | ${s.dropped} / ${s.droppedPages.size} | ${esc(cause)} |`);
console.log('\n| recall | words | pages | place (beside the text path\'s run) |\n|---:|---:|---:|---|');
for (const [place, s] of lostOnes(byPlace)) console.log(`| ${(s.share / pages).toFixed(4)} | ${s.words} | ${s.pages.size} | ${place} |`);
const show = Number(values.show);
if (show)
  for (const [cause, s] of lostOnes(byCause).slice(0, Number(values.top))) {
    console.log(`\n## ${cause}`);
    for (const side of ['kept', 'dropped'] as const)
      for (const { id, line } of s.lines.filter((x) => x.side === side).slice(0, show)) console.log(`  ${side.padEnd(7)} ${line.place.padEnd(6)} ${id}  ${line.text.slice(0, 160)}`);
  }
if (values.cause)
  for (const [cause, s] of byCause)
    if (cause.includes(values.cause))
      for (const { id, line, side } of s.lines) console.log(`${side.padEnd(7)} ${line.place.padEnd(6)} ${id} ${String(line.words).padStart(4)}  ${esc(cause).slice(0, 60)}  ${line.text.slice(0, 160)}`);
