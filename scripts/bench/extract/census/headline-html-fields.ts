/**
 * node scripts/bench/extract/census/headline-html-fields.ts RESULTS.json --set body|meta|fundus|snippets [--list]
 *
 * The HTML path's headline misses on a set's dev pages, by which of the page's own title fields hold
 * the true headline and which hold the one chosen: the JSON-LD headline, og:title, twitter:title, the
 * <title>, the first three <h1>s and those inside a <nav> (a breadcrumb's last entry, which the ingest
 * drops unread), read with htmlparser2 (not with the ingest's own reader, as
 * headline-by-agreement.ts does, so that the census does not share the reader it grades). A field
 * holds a text when it says it, or says it before or after a part set off by a separator (its
 * page-title form: "Headline | Site", "Site - Headline"). Each miss gets one kind:
 * - the truth keeps a part the chosen headline leaves out, or leaves out one it keeps ("Headline |
 *   Site", "Headline – subtitle", a kicker before a colon): the set's convention on that part;
 * - the truth in no field as the page writes it;
 * - otherwise "truth in X, chosen from Y": which fields each side had (the vote the rules lost).
 * RESULTS.json is a bench result with an HTML path (`npm run bench:extract -- --set S --path html
 * --out FILE`, or `npm run bench:snippets`). Held-out pages are never read (tune on dev alone);
 * `--list` names each dev miss with its fields. The pages are public data read from outside the
 * repository: nothing of them is ever committed.
 */
import { parseArgs } from 'node:util';
import { DomUtils, parseDocument } from 'htmlparser2';
import { casesOfSet, pathRows } from './result-rows.ts';
import { shareFields } from '../import/headline-by-agreement.ts';
import { normalizeHeadline } from '../score.ts';
import { decodeHtml } from '../../../ingest/lib/html/read/html-charset.ts';

const { values, positionals } = parseArgs({ options: { set: { type: 'string', default: 'body' }, list: { type: 'boolean' } }, allowPositionals: true });
if (positionals.length !== 1) throw new Error('usage: headline-html-fields.ts RESULTS.json --set body|meta|fundus|snippets [--list]');

const rows = pathRows(positionals[0], 'html');
const misses = new Map(rows.filter((r) => r.split === 'dev' && r.headlineRight === false).map((r) => [r.id, r]));

const cases = casesOfSet(values.set);

type Field = { kind: string; text: string };
const FIELD_ORDER = ['jsonld', 'og', 'twitter', 'title', 'h1', 'nav-h1'];

/** The page's title fields as it writes them, entities decoded, spaces run together. */
function fieldsOf(html: string): Field[] {
  const doc = parseDocument(html, { decodeEntities: true });
  const fields: Field[] = [];
  const add = (kind: string, text: string | null | undefined) => {
    const t = text?.replace(/\s+/g, ' ').trim();
    if (t) fields.push({ kind, text: t });
  };
  shareFields(doc, add);
  const title = DomUtils.findOne((e) => e.name === 'title', doc.children);
  if (title) add('title', DomUtils.textContent(title));
  // An <h1> inside a navigation (a breadcrumb's last entry) apart: the ingest drops the navigation unread.
  const inNav = (e: { parent: unknown }) => {
    for (let p = e.parent as { name?: string; parent: unknown } | null; p; p = p.parent as typeof p) if (p.name === 'nav') return true;
    return false;
  };
  const h1s = DomUtils.findAll((e) => e.name === 'h1', doc.children);
  for (const h of h1s.filter((h) => !inNav(h)).slice(0, 3)) add('h1', DomUtils.textContent(h));
  for (const h of h1s.filter(inNav)) add('nav-h1', DomUtils.textContent(h));
  return fields;
}

/** A part set off by a separator, at the start or the end of a normalised text. */
const PART_AFTER = /^\s*(?:[|\-·•»:_/~]|::)\s*\S/u;
const PART_BEFORE = /\S\s*(?:[|\-·•»:_/~]|::)\s*$/u;

/** Whether `long` is `short` with a part set off before or after it ("Headline | Site", "Kicker: Headline"). */
function withPart(long: string, short: string): boolean {
  if (!short || long.length <= short.length) return false;
  if (long.startsWith(short)) return PART_AFTER.test(long.slice(short.length));
  if (long.endsWith(short)) return PART_BEFORE.test(long.slice(0, long.length - short.length));
  return false;
}

/** The kinds of the fields that state `text`, as it stands or in its page-title form. */
function holders(fields: Field[], text: string): string[] {
  const t = normalizeHeadline(text);
  const kinds = fields.filter((f) => {
    const n = normalizeHeadline(f.text);
    return n === t || withPart(n, t);
  });
  return FIELD_ORDER.filter((k) => kinds.some((f) => f.kind === k));
}

/**
 * A miss's kind: a part the truth keeps or leaves out (the set's convention on it), a truth no field
 * states, or which side the fields took: the truth in an <h1> that other fields outvoted, or in share
 * and page-title fields that a lone <h1> (or an <h1> with others) outvoted.
 */
function kindOf(fields: Field[], truth: string, chosen: string | null): { kind: string; detail: string } {
  const t = normalizeHeadline(truth);
  const c = chosen ? normalizeHeadline(chosen) : '';
  const byTruth = holders(fields, truth);
  const byChoice = chosen ? holders(fields, chosen) : [];
  const detail = `truth in ${byTruth.join('+') || '-'}, chosen from ${byChoice.join('+') || '-'}`;
  if (!chosen) return { kind: 'no headline chosen (the page skipped, or no field)', detail };
  if (withPart(t, c)) return { kind: 'truth keeps a part the choice leaves out (a site, a subtitle, a kicker)', detail };
  if (withPart(c, t)) return { kind: 'truth leaves out a part the choice keeps (a site, a subtitle, a kicker)', detail };
  if (!byTruth.length) return { kind: 'truth in no field as the page writes it', detail };
  if (byTruth.includes('nav-h1') && !byTruth.includes('h1')) return { kind: 'truth in an <h1> inside a <nav> (a breadcrumb) the ingest does not read, and other fields', detail };
  if (byTruth.includes('h1')) return { kind: 'truth shown in an <h1>, outvoted by other fields', detail };
  if (byChoice.length === 1 && byChoice[0] === 'h1') return { kind: 'truth in share or page-title fields, outvoted by a lone <h1>', detail };
  if (byChoice.includes('h1')) return { kind: 'truth in share or page-title fields, outvoted by an <h1> with others', detail };
  return { kind: 'truth in some share or page-title fields, outvoted by others', detail };
}

const kinds = new Map<string, Map<string, number>>();
for (const c of cases) {
  const row = misses.get(c.id);
  if (!row) continue;
  const truth = row.headlineTruth ?? c.headline;
  if (!truth) continue;
  const fields = fieldsOf(decodeHtml(c.html()).html);
  const { kind, detail } = kindOf(fields, truth, row.headline);
  const details = kinds.get(kind) ?? new Map<string, number>();
  details.set(detail, (details.get(detail) ?? 0) + 1);
  kinds.set(kind, details);
  if (values.list) {
    console.log(`${c.id} [${kind}; ${detail}]\n  truth  ${truth}\n  chosen ${row.headline}`);
    for (const f of fields) console.log(`  ${f.kind.padEnd(7)} ${f.text}`);
  }
}
const total = (d: Map<string, number>) => [...d.values()].reduce((a, b) => a + b, 0);
console.log(`\n${values.set}: ${misses.size} dev pages whose HTML-path headline is wrong, by kind`);
for (const [kind, details] of [...kinds].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]))) {
  console.log(`${String(total(details)).padStart(4)}  ${kind}`);
  for (const [detail, n] of [...details].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`${' '.repeat(8)}${n}  ${detail}`);
}
