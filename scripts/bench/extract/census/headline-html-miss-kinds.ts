/**
 * node scripts/bench/extract/census/headline-html-miss-kinds.ts RESULTS.json --set body|meta|fundus|check|snippets [--list KIND-WORD]
 *
 * The HTML path's headline misses by kind, to rank what to fix (headline-miss-kinds.ts does it for
 * the text path). A miss is unreachable when the truth, compared as the scorer compares headlines
 * (normalizeHeadline), is none of the page's places a headline can be taken from: a title field
 * (JSON-LD headline, og:title, twitter:title, <title>, each also without a part set off by a
 * separator, "Headline | Site"), a heading <h1>–<h6>, a line of the page's innerText. It is then said
 * which form the truth has instead (two shown lines joined, the choice with more, the choice with a
 * part less, a wording of its own). A reachable miss is named by what was taken instead and from
 * where: a site's name or subtitle kept or cut against the truth, a kicker glued on or cut, a heading
 * of a box, a field the vote preferred (more fields agreeing on it, or fewer), a field in another
 * language, a text of no place (the choice cut or joined). Fields are read with htmlparser2, not the
 * ingest's reader, so the census does not share what it grades. Held-out pages are only counted;
 * `--list WORD` names the dev misses of the kinds whose name holds WORD (tune on dev alone); `--set check`
 * counts the check set's misses in the held-out column and its pages in the situations, naming none. The
 * pages are public data read from outside the repository: nothing of them is ever committed.
 */
import { parseArgs } from 'node:util';
import { DomUtils, parseDocument } from 'htmlparser2';
import { casesOfSet, pathRows } from './result-rows.ts';
import { shareFields } from '../import/headline-by-agreement.ts';
import { normalizeHeadline } from '../score.ts';
import { decodeHtml } from '../../../ingest/lib/html/read/html-charset.ts';

const { values, positionals } = parseArgs({ options: { set: { type: 'string', default: 'body' }, list: { type: 'string' } }, allowPositionals: true });
if (positionals.length !== 1) throw new Error('usage: headline-html-miss-kinds.ts RESULTS.json --set body|meta|fundus|check|snippets [--list WORD]');

const rows = pathRows(positionals[0], 'html');
const misses = new Map(rows.filter((r) => r.headlineRight === false).map((r) => [r.id, r]));

const cases = casesOfSet(values.set);

/** A place a headline can be taken from: a title field, a heading (h1 first of its kind or not), a shown line. */
type Place = { kind: string; text: string };

function placesOf(html: string): Place[] {
  const doc = parseDocument(html, { decodeEntities: true });
  const places: Place[] = [];
  const add = (kind: string, text: string | null | undefined) => {
    // JSON-LD is often written with its entities still encoded: read them as a browser would.
    const decoded = text && /&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(text) ? DomUtils.textContent(parseDocument(text, { decodeEntities: true })) : text;
    const t = decoded ? normalizeHeadline(decoded) : '';
    if (t) places.push({ kind, text: t });
  };
  shareFields(doc, add);
  const title = DomUtils.findOne((e) => e.name === 'title', doc.children);
  if (title) add('title', DomUtils.textContent(title));
  const headings = DomUtils.findAll((e) => /^h[1-6]$/.test(e.name), doc.children);
  let firstH1 = true;
  for (const h of headings) {
    if (h.name === 'h1') {
      add(firstH1 ? 'h1' : 'later-h1', DomUtils.textContent(h));
      firstH1 = false;
    } else add('h2-h6', DomUtils.textContent(h));
  }
  return places;
}

/** A part set off by a separator, after or before a normalised text. */
const PART_AFTER = /^\s*(?:[|\-·•»:_/~]|::)\s*\S/u;
const PART_BEFORE = /\S\s*(?:[|\-·•»:_/~]|::)\s*$/u;
const FIELD_KINDS = new Set(['jsonld', 'og', 'twitter', 'title']);
const SHARE_KINDS = new Set(['jsonld', 'og', 'twitter']);

/** Whether `long` is `short` with a part set off after it ("Headline | Site"), before it ("Kicker: Headline"), or glued before it ("Kicker Headline"). */
function partOf(long: string, short: string): 'after' | 'before' | 'glued' | null {
  if (!short || long.length <= short.length) return null;
  if (long.startsWith(short) && PART_AFTER.test(long.slice(short.length))) return 'after';
  if (long.endsWith(short)) return PART_BEFORE.test(long.slice(0, long.length - short.length)) ? 'before' : / $/.test(long.slice(0, long.length - short.length)) ? 'glued' : null;
  return null;
}

/** A place states `text` as it stands, or a title field states it in its page-title form. */
const states = (p: Place, text: string) => p.text === text || (FIELD_KINDS.has(p.kind) && partOf(p.text, text) === 'after') || (p.kind === 'title' && partOf(p.text, text) === 'before');
const kindsStating = (places: Place[], text: string) => [...new Set(places.filter((p) => states(p, text)).map((p) => p.kind))];

/** The script most of a text's letters are written in (Latin, Cyrillic, Han…): two fields in two scripts are two languages. */
function scriptOf(text: string): string {
  const counts = new Map<string, number>();
  for (const [script, re] of SCRIPTS) counts.set(script, (text.match(re) ?? []).length);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
const SCRIPTS: [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['greek', /\p{Script=Greek}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['hebrew', /\p{Script=Hebrew}/gu],
  ['han', /\p{Script=Han}/gu],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['hangul', /\p{Script=Hangul}/gu],
  ['thai', /\p{Script=Thai}/gu],
  ['devanagari', /\p{Script=Devanagari}/gu],
];

function kindOf(places: Place[], lines: string[], truth: string, chosen: string | null): string {
  const byTruth = kindsStating(places, truth);
  const inLines = lines.includes(truth);
  if (byTruth.length === 0 && !inLines) {
    for (let i = 0; i + 1 < lines.length; i++) for (const j of [': ', ' - ', ' ', ' | ', '. ', ' / ']) if (lines[i] + j + lines[i + 1] === truth) return 'unreachable: two shown lines joined (kicker and headline)';
    if (chosen && truth.includes(chosen)) return "unreachable: the choice with more (a site's name, a kicker) no place writes";
    if (chosen && chosen.includes(truth)) return 'unreachable: the choice with a part less no place writes';
    return 'unreachable: a wording of no field, heading or shown line';
  }
  if (!chosen) return 'reachable: no headline chosen';
  const part = partOf(truth, chosen);
  if (part === 'after') return "reachable: a site's name or subtitle the truth keeps was cut";
  if (part) return 'reachable: a kicker or section label the truth keeps was cut';
  const extra = partOf(chosen, truth);
  if (extra === 'after') return "reachable: a site's name or subtitle kept that the truth leaves out";
  if (extra) return 'reachable: a kicker or section label glued on';
  const byChoice = kindsStating(places, chosen);
  if (byTruth.length === 0) return byChoice.length ? 'reachable: truth only a shown line (no field or heading), a field taken' : 'reachable: truth only a shown line, the choice of no place';
  if (byChoice.length === 0) return lines.includes(chosen) ? 'reachable: a shown line of no field or heading taken' : 'reachable: the choice of no place (cut or joined)';
  if (!byChoice.some((k) => FIELD_KINDS.has(k) || k === 'h1')) return 'reachable: a heading of a box taken (a later <h1>, an <h2>–<h6>)';
  if (scriptOf(truth) !== scriptOf(chosen)) return 'reachable: a field in another language (another script) taken';
  const side = (ks: string[]) => (ks.includes('h1') ? 'the <h1>' : 'fields');
  const count = (ks: string[]) => ks.filter((k) => FIELD_KINDS.has(k) || k === 'h1').length;
  const agree = count(byChoice) > count(byTruth) ? 'more places agreeing' : count(byChoice) === count(byTruth) ? 'as many places' : 'fewer places';
  return `reachable: field choice, truth in ${side(byTruth)}, ${side(byChoice) === 'the <h1>' ? 'the <h1>' : 'other fields'} taken (${agree})`;
}

/**
 * Whether a rule for a kind would be consistent: on every dev page (right or wrong) that is in the
 * situation a kind's fix would change, which side the set's truth takes. A situation where one set's
 * truth takes one side and another set's the other is a convention of the sets, not a miss to fix.
 * - the first <h1> (four words or more) against another text more title fields state, that text one form
 *   copied into them (an SEO title) or written in two forms or more (with and without the site's name),
 *   or as many title fields as places state the <h1>'s text (a tie);
 * - the <title>'s, or a share field's, headline with a part after it ("Headline | Site") beside a place (not
 *   the <title>) that states the headline alone;
 * - a share field's headline with a kicker before it ("Kicker: Headline", six words at most) beside a place that states it alone.
 */
function situationsOf(places: Place[], truth: string): [string, 'first' | 'second' | 'neither'][] {
  const out: [string, 'first' | 'second' | 'neither'][] = [];
  const side = (short: string, long: string) => (truth === short ? 'first' : truth === long ? 'second' : 'neither');
  const fieldKinds = (text: string) => kindsStating(places, text).filter((k) => FIELD_KINDS.has(k));
  const h1 = places.find((p) => p.kind === 'h1');
  if (h1 && h1.text.split(' ').length >= 4) {
    const own = kindsStating(places, h1.text).length;
    const rival = places
      .filter((p) => FIELD_KINDS.has(p.kind) && !states(p, h1.text) && !partOf(h1.text, p.text) && !partOf(p.text, h1.text))
      .map((p) => ({ text: p.text, n: fieldKinds(p.text).length }))
      .sort((a, b) => b.n - a.n)[0];
    if (rival && rival.n > own) {
      // One form copied into several fields (an SEO title in the <title>, og:title, the JSON-LD) is one
      // writing; a form with and one without the site's name are two.
      const forms = new Set(places.filter((p) => FIELD_KINDS.has(p.kind) && states(p, rival.text)).map((p) => p.text)).size;
      const how = forms > 1 ? 'written in two forms or more' : 'one form copied';
      out.push([`the first <h1> (4 words or more) vs a text more title fields state, ${how}`, truth === h1.text ? 'first' : truth === rival.text ? 'second' : 'neither']);
    } else if (rival && rival.n === own) {
      // As many places for each: what the vote does on a tie is a convention, and the sets may differ on it.
      out.push(['the first <h1> (4 words or more) vs a text as many places state in title fields', truth === h1.text ? 'first' : truth === rival.text ? 'second' : 'neither']);
    }
  }
  const alone = (text: string, except: Place) => places.some((q) => q !== except && q.text === text);
  const title = places.find((p) => p.kind === 'title');
  const siteCut = title && places.find((p) => p !== title && partOf(title.text, p.text) === 'after');
  if (title && siteCut) out.push(["the headline alone vs the <title>'s form with a part after it (a site's name, a subtitle)", side(siteCut.text, title.text)]);
  const shareCut = places.find((p) => SHARE_KINDS.has(p.kind) && places.some((q) => q !== p && q.kind !== 'title' && partOf(p.text, q.text) === 'after'));
  const shareShort = shareCut && places.find((q) => q !== shareCut && q.kind !== 'title' && partOf(shareCut.text, q.text) === 'after');
  if (shareCut && shareShort) out.push(["the headline alone vs a share field's form with a part after it (a site's name, a subtitle)", side(shareShort.text, shareCut.text)]);
  for (const p of places) {
    if (!SHARE_KINDS.has(p.kind)) continue;
    const short = places.find((q) => q !== p && partOf(p.text, q.text) === 'before' && p.text.slice(0, p.text.length - q.text.length).split(' ').length <= 7);
    if (short && alone(short.text, p)) {
      out.push(["the headline alone vs a share field's form with a kicker before it", side(short.text, p.text)]);
      break;
    }
  }
  return out;
}

const situations = new Map<string, { first: number; second: number; neither: number }>();
const counts = { dev: new Map<string, number>(), heldout: new Map<string, number>() };
const listed = new Map<string, string[]>();
let dev = 0;
// The check set's pages are counted in the situations as dev pages are (and, as held-out ones, never listed).
const devRows = new Map(rows.filter((r) => r.split === 'dev' || r.split === 'check').map((r) => [r.id, r]));
const FIRST = values.set === 'check' ? 'check' : 'dev';
for (const c of cases) {
  const devRow = c.split !== 'heldout' ? devRows.get(c.id) : undefined;
  const devTruth = devRow && (devRow.headlineTruth ?? c.headline);
  const row = misses.get(c.id);
  const truth = row && (row.headlineTruth ?? c.headline);
  if (!devTruth && !truth) continue;
  const places = placesOf(decodeHtml(c.html()).html);
  for (const [situation, side] of devTruth ? situationsOf(places, normalizeHeadline(devTruth)) : []) {
    const tally = situations.get(situation) ?? { first: 0, second: 0, neither: 0 };
    tally[side]++;
    situations.set(situation, tally);
  }
  if (!row || !truth) continue;
  const lines = (c.innerText() ?? '').split('\n').map(normalizeHeadline).filter(Boolean);
  const kind = kindOf(places, lines, normalizeHeadline(truth), row.headline ? normalizeHeadline(row.headline) : null);
  const split = c.split === 'dev' ? 'dev' : 'heldout';
  counts[split].set(kind, (counts[split].get(kind) ?? 0) + 1);
  if (split !== 'dev') continue;
  dev++;
  if (values.list && kind.includes(values.list)) {
    const where = places.filter((p) => p.kind !== 'h2-h6' || p.text === normalizeHeadline(truth) || p.text === normalizeHeadline(row.headline ?? '')).map((p) => `    ${p.kind.padEnd(8)} ${p.text}`).join('\n');
    listed.set(kind, [...(listed.get(kind) ?? []), `${c.id}\n    truth    ${truth}\n    chosen   ${row.headline}\n${where}`]);
  }
}

console.log(`${values.set}: HTML-path headline misses by kind (${dev} dev)\n`);
console.log('| kind of miss | dev | held out |');
console.log('|---|---:|---:|');
const kinds = [...new Set([...counts.dev.keys(), ...counts.heldout.keys()])].sort((a, b) => (counts.dev.get(b) ?? 0) - (counts.dev.get(a) ?? 0) || a.localeCompare(b));
for (const kind of kinds) console.log(`| ${kind} | ${counts.dev.get(kind) ?? 0} | ${counts.heldout.get(kind) ?? 0} |`);
console.log(`\nWhich side the truth takes on the ${FIRST} pages in each situation a fix would change (right and wrong pages):\n`);
console.log(`| situation (first vs second) | ${FIRST} pages | truth the first | truth the second | neither |`);
console.log('|---|---:|---:|---:|---:|');
for (const [situation, t] of [...situations].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`| ${situation} | ${t.first + t.second + t.neither} | ${t.first} | ${t.second} | ${t.neither} |`);
for (const [kind, pages] of listed) {
  console.log(`\n${kind} (dev):`);
  for (const page of pages) console.log(`  ${page}`);
}
