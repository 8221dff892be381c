/**
 * node scripts/bench/extract/census/credit-lines-census.ts [--set body|meta|fundus|utomo|aed|snippets] [--path text|html] [--show N]
 *
 * The census of the article's credit, disclosure and correction lines a path publishes, on the dev pages
 * only (tune there; held out is read as totals only): agency credits ("(AFP)", "mit dpa"), editors' and
 * reporters' lines ("Redaktion: …", "Reporting by …; Editing by …"), where the facts came from ("Fonte: …"),
 * commercial disclosures ("We may earn a commission …", "Anzeige") and notes that the article was
 * corrected or updated. Each published line the kinds below name is counted as in the truth or not:
 * - body sets (body, meta, fundus): in when its tokens stand in the truth's tokens in that order, or, for a
 *   line of four tokens or more, when half its 4-token shingles or more are the truth's;
 * - snippets: in when it is part of a "with" passage, out when part of a "without" one, else unmarked (the
 *   set's score does not see it).
 * Each line is also placed: at the body's `start` (its first two lines), its `end` (its last three) or
 * `inside`. A kind the truth drops on every set is chrome; one it keeps on a set is that set's convention.
 *
 * The kinds are a reading aid for the census, named by their words in the sets' main languages; they are
 * never a rule of the ingest. --show N prints N example lines per row: public data read from outside the
 * repository, to read only; nothing of it is ever committed.
 */
import { parseArgs } from 'node:util';
import { CASES_DIR, SET_DIRS, loadCases, type BenchCase } from '../cases.ts';
import { loadSnippetCases } from '../snippet-cases.ts';
import { tokenize } from '../score.ts';
import { bodiesOnPath } from './pipeline-body.ts';

const { values } = parseArgs({
  options: { set: { type: 'string', default: 'meta' }, path: { type: 'string', default: 'text' }, show: { type: 'string', default: '0' } },
});
/** Every body set the bench knows (cases.ts), the new ones included. */
const DIRS: Record<string, string> = SET_DIRS;
const SHINGLE = 4;
/** A credit, a disclosure or a note is a short line: longer ones are read as prose. */
const MAX_WORDS = 40;

const AGENCY = String.raw`(?:dpa|afp|ap|apa|ddp|epd|kna|sid|efe|ansa|lusa|reuters|bloomberg|xinhua|tass|kyodo|yonhap|europa press|agencia|agence|agenzia|agência|agentur|agency|ots|red|dts|rtr|ats|sda|belga|anp|pap|ctk|tt|ntb|ritzau|agencias|agences|wires?)`;

/** Census kinds, first that matches. */
const KINDS: [string, RegExp][] = [
  ['reporting/editing by', /^[(\[]?\s*(?:\p{L}+\s+)?(?:reporting|editing|writing|compiled|translated|additional reporting|research|graphics|produced|edited|written|photos?|video)(?:\s+and\s+\p{L}+)?\s+by\b/iu],
  ['material from: "Mit Material von", "With files from"', /^[–—-]?\s*(?:mit material|mit informationen|unter verwendung|with files from|with (?:additional )?(?:reporting|material|information) from|avec (?:l['’])?(?:afp|agences?|\p{L}+ par)|com (?:informações|agências)|con (?:información|informaci[oó]n|agencias?)|con (?:fonti|agenzie)|contributed to (?:this|the) report)/iu],
  ['label: names ("Redaktion: …", "Fonte: …")', /^(?:redaktion|redakteur(?:in)?|bearbeitung|mitarbeit|text|texte|autor(?:in|en)?|author|editor|edited|redacción|redación|rédaction|redazione|redação|edição|edición|édition|fonte|fonti|fuente|fuentes|source|sources|quelle|quellen|contributors?|coordinación|coordination|cura di|a cura di|traducción|traduction|traduzione|übersetzung|tradução|credits?)\s*[:|–—-]\s*\S/iu],
  ['ad / sponsored label', /^[\s*(\[»«–—-]*(?:anzeige|werbung|sponsored(?: content| post| by\b.*)?|advertorial|paid (?:post|content|partnership)|partner(?:inhalt|content)|publicité|publi-?reportage|contenu sponsorisé|contenuto sponsorizzato|pubblicità|publicidad|patrocinado|conteúdo patrocinado|publicidade|advertisement|reklama)\s*[*)\]»«–—-]*\s*$/iu],
  ['disclosure: commission / affiliate', /(?:earn|receive|get|make) (?:an? )?(?:small )?(?:affiliate )?commission|erhalten wir (?:eine )?provision|affiliate|affiliation|afiliad|affiliazion|partnerlink|this (?:post|article|page|story) (?:contains|may contain|includes)|enthält (?:affiliate|werbe|partner)|werbelink|\*\s*(?:affiliate|werbe|partner)|lien sponsoris|lien affili|links? patrocinad|enlaces? patrocinad|independently (?:selected|chosen|reviewed)|we (?:may )?(?:earn|receive|get)|gesponsert|sponsored|paid for by|in (?:paid )?partnership with|in zusammenarbeit mit/iu],
  ['correction / update note', /^(?:\*|\[|\()?\s*(?:correction|corrections|clarification|update[ds]?|editor['’]s note|note|korrektur|berichtigung|richtigstellung|aktualisiert|aktualisierung|update|anmerkung der redaktion|hinweis der redaktion|transparenzhinweis|in einer früheren version|rectificatif|correctif|mise à jour|mis à jour|précision|n\.?\s?d\.?\s?l\.?\s?r|note de la rédaction|actualizado|actualización|corrección|fe de erratas|nota de la redacción|nota del editor|aggiornato|aggiornamento|rettifica|errata corrige|nota della redazione|n\.?\s?d\.?\s?r|atualizado|atualização|correção|nota da redação|errata)\b|\b(?:this|the) (?:article|story|post|piece|report) (?:was|has been|had been|is) (?:updated|corrected|amended|changed)|an earlier version of this|a previous version of this|eine frühere version|une (?:précédente|première) version|una versión anterior|una versione precedente|uma versão anterior/iu],
];

const AGENCY_ALONE = 'agency alone: "(AFP)", "mit dpa"';
const AGENCY_WORD = new RegExp(`^${AGENCY}$`, 'iu');
const LEAD_WORD = /^(?:mit|with|avec|con|com|von|nach|via|de|d['’]après|según|segundo|secondo|fonte|fuente|source|quelle)\s*:?\s+/iu;
/** "(AFP)", "mit dpa", "(dpa/AFP/KNA)", "Reuters": agencies or capitals-only acronyms, in brackets or after a word of credit. */
function agencyAlone(line: string): boolean {
  let t = line.trim().replace(/^[–—-]\s*/, '').replace(/\.$/, '');
  const bracketed = /^[([].*[)\]]$/.test(t);
  if (bracketed) t = t.slice(1, -1).trim();
  const led = LEAD_WORD.test(t);
  t = t.replace(LEAD_WORD, '');
  const parts = t.split(/\s*[/,&+·|]\s*|\s+(?:und|and|et|y|e)\s+/u).filter(Boolean);
  if (!parts.length || parts.length > 6) return false;
  const agencies = parts.filter((p) => AGENCY_WORD.test(p)).length;
  const acronyms = parts.filter((p) => /^\p{Lu}{2,6}$/u.test(p)).length;
  if (agencies + acronyms < parts.length) return false;
  return bracketed || led || agencies > 0;
}

function kindOf(line: string): string | null {
  if (tokenize(line).length > MAX_WORDS) return null;
  if (agencyAlone(line)) return AGENCY_ALONE;
  for (const [kind, re] of KINDS) if (re.test(line.trim())) return kind;
  return null;
}

/** Whether the truth holds the line (see the header). */
function inTruth(line: string, truthTokens: string[], truthJoined: string, truthShingles: Set<string>): boolean {
  const t = tokenize(line);
  if (!t.length) return false;
  if ((' ' + truthJoined + ' ').includes(' ' + t.join(' ') + ' ')) return true;
  if (t.length < SHINGLE || !truthTokens.length) return false;
  let hit = 0;
  let all = 0;
  for (let i = 0; i + SHINGLE <= t.length; i++, all++) if (truthShingles.has(t.slice(i, i + SHINGLE).join('\u0001'))) hit++;
  return hit * 2 >= all;
}

interface Row {
  in: number;
  out: number;
  unmarked: number;
  places: Record<string, [number, number]>;
  pages: Set<string>;
  examples: string[];
}
const rows = new Map<string, Row>();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
let scored = 0;
const cases: BenchCase[] = values.set === 'snippets' ? loadSnippetCases().filter((c) => c.split === 'dev') : loadCases(DIRS[values.set] ?? CASES_DIR).filter((c) => c.split === 'dev');
for (const { c, body } of bodiesOnPath(cases, values.path!)) {
  if (!body.trim()) continue;
  scored++;
  const lines = body.split('\n').filter((l) => l.trim());
  const snip = values.set === 'snippets' ? (c as unknown as { with: string[]; without: string[] }) : null;
  const tt = snip ? [] : tokenize(c.body);
  const joined = tt.join(' ');
  const sh = new Set<string>();
  for (let i = 0; i + SHINGLE <= tt.length; i++) sh.add(tt.slice(i, i + SHINGLE).join('\u0001'));
  lines.forEach((line, i) => {
    const kind = kindOf(line);
    if (!kind) return;
    const place = i < 2 ? 'start' : i >= lines.length - 3 ? 'end' : 'inside';
    const r = rows.get(kind) ?? { in: 0, out: 0, unmarked: 0, places: {}, pages: new Set(), examples: [] };
    let verdict: 'in' | 'out' | 'unmarked';
    if (snip) {
      const l = norm(line);
      verdict = snip.with.some((w) => norm(w).includes(l) || l.includes(norm(w))) ? 'in' : snip.without.some((w) => norm(w).includes(l) || l.includes(norm(w))) ? 'out' : 'unmarked';
    } else verdict = inTruth(line, tt, joined, sh) ? 'in' : 'out';
    r[verdict]++;
    const p = (r.places[place] ??= [0, 0]);
    if (verdict === 'in') p[0]++;
    else if (verdict === 'out') p[1]++;
    r.pages.add(c.id);
    if (r.examples.length < Number(values.show)) r.examples.push(`${verdict.padEnd(8)} ${place.padEnd(6)} ${c.id}: ${line.slice(0, 140)}`);
    rows.set(kind, r);
  });
}
console.log(`${values.set} dev, ${values.path} path: ${scored} pages\n`);
console.log('| kind | in truth | not in truth | unmarked | pages | start in/out | inside in/out | end in/out |\n|---|---:|---:|---:|---:|---|---|---|');
for (const kind of [AGENCY_ALONE, ...KINDS.map(([k]) => k)]) {
  const r = rows.get(kind);
  if (!r) {
    console.log(`| ${kind} | 0 | 0 | 0 | 0 | | | |`);
    continue;
  }
  const pl = (k: string) => (r.places[k] ? `${r.places[k][0]}/${r.places[k][1]}` : '');
  console.log(`| ${kind} | ${r.in} | ${r.out} | ${r.unmarked} | ${r.pages.size} | ${pl('start')} | ${pl('inside')} | ${pl('end')} |`);
  for (const e of r.examples) console.log(`    ${e.replace(/\n/g, ' ')}`);
}
