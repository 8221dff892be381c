/**
 * The pure parts of import-check-cases.ts: the truths of the Postlight parser's per-site tests read
 * out of their test files (`src/extractors/custom/<site>/index.test.js`), as data. Each test case there
 * loads one saved page (`fixtures/*.html`) and asserts what a reader sees on it: the title, the author,
 * the publication moment and the first words of the article. Nothing of that project's code is run
 * or used: its test files are read as text and only their string literals are taken.
 */
import type { CaseTruth } from '../cases.ts';
import { guessLang } from './guess-lang.ts';

/** One test case of a test file: the saved page it reads and the values it asserts (absent: not asserted). */
export interface PostlightTruth {
  /** The page's address as the test gives it. */
  url: string | null;
  /** The saved page's path as the test reads it (`./fixtures/<name>.html`), without the leading `./`. */
  fixture: string;
  title?: string | null;
  author?: string | null;
  /** ISO moment as the test asserts it, in UTC (`2016-08-10T11:15:53.000Z`), or null. */
  datePublished?: string | null;
  /** The first words of the article's content, as the test asserts them (`first13`, `first10`, …). */
  lead?: string | null;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/**
 * The JavaScript string literal (or literals joined by `+`) at `at`, whitespace before it skipped:
 * its value and where it ends; `null` for the word null; undefined for anything else (a variable, a
 * template with a substitution), which the caller leaves out rather than guesses.
 */
export function readLiteral(src: string, at: number): { value: string | null; end: number } | undefined {
  let i = at;
  const skipSpace = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  skipSpace();
  if (src.startsWith('null', i) && !/\w/.test(src[i + 4] ?? '')) return { value: null, end: i + 4 };
  let value = '';
  for (;;) {
    const quote = src[i];
    if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
    i++;
    for (;;) {
      if (i >= src.length) return undefined;
      const ch = src[i];
      if (ch === quote) break;
      if (quote === '`' && ch === '$' && src[i + 1] === '{') return undefined;
      if (ch === '\\') {
        const next = src[i + 1];
        if (next === 'u') {
          const braced = /^\{([0-9a-fA-F]+)\}/.exec(src.slice(i + 2));
          const hex = braced ? braced[1] : src.slice(i + 2, i + 6);
          value += String.fromCodePoint(parseInt(hex, 16));
          i += braced ? 2 + braced[0].length : 6;
          continue;
        }
        if (next === 'x') {
          value += String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16));
          i += 4;
          continue;
        }
        // A backslash before a line break continues the literal on the next line.
        if (next === '\n') {
          i += 2;
          continue;
        }
        value += ESCAPES[next] ?? next;
        i += 2;
        continue;
      }
      value += ch;
      i++;
    }
    i++;
    const afterLiteral = i;
    skipSpace();
    if (src[i] !== '+') return { value, end: afterLiteral };
    i++;
    skipSpace();
  }
}

/** The literal asserted for `field` in `assert.equal(field, …)` inside `block`; undefined when not asserted. */
function asserted(block: string, field: RegExp): string | null | undefined {
  const m = new RegExp(String.raw`assert\.equal\(\s*(?:${field.source})\s*,`).exec(block);
  if (!m) return undefined;
  return readLiteral(block, m.index + m[0].length)?.value;
}

/** The asserted fields, in the order a case lists them. */
const FIELDS = [
  ['title', /title/],
  ['author', /author/],
  ['datePublished', /date_published/],
  ['lead', /first\d+/],
] as const;

/**
 * Every saved page one test file reads, with what its tests assert of it. The file is cut where a
 * `beforeAll(` or an `it(` starts; a piece that reads a page (`fs.readFileSync(…)`) makes that page the
 * current one, with the address assigned in the same piece (`url = …`, `const uri = …`), and the
 * assertions of the piece and of the pieces after it that read none belong to it (the two layouts the
 * tests use: one `beforeAll` reading the page for many `it`s, or each `it` reading it again).
 * What two pieces assert differently of one page is left out: no truth is chosen between them.
 * Lines commented out are tests the file does not run, so they are no truth.
 */
export function parsePostlightTest(source: string): PostlightTruth[] {
  const src = source
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
  const starts = [...src.matchAll(/\b(?:beforeAll|it)\(/g)].map((m) => m.index);
  const byFixture = new Map<string, PostlightTruth>();
  const conflicting = new Set<string>();
  let current: PostlightTruth | null = null;
  starts.forEach((start, k) => {
    const piece = src.slice(start, starts[k + 1] ?? src.length);
    const read = /readFileSync\(/.exec(piece);
    const fixture = read ? readLiteral(piece, read.index + read[0].length)?.value : undefined;
    if (fixture) {
      const name = fixture.replace(/^\.\//, '');
      const urlAt = /\b\w*(?:url|uri|Url|Uri)\s*=(?!=)/.exec(piece);
      const url = urlAt ? (readLiteral(piece, urlAt.index + urlAt[0].length)?.value ?? null) : null;
      current = byFixture.get(name) ?? { url, fixture: name };
      current.url ??= url;
      byFixture.set(name, current);
    }
    if (!current) return;
    for (const [key, field] of FIELDS) {
      const value = asserted(piece, field);
      if (value === undefined) continue;
      const id = `${current.fixture}\u0001${key}`;
      if (current[key] !== undefined && current[key] !== value) conflicting.add(id);
      current[key] = value;
    }
  });
  for (const id of conflicting) {
    const [fixture, key] = id.split('\u0001') as [string, (typeof FIELDS)[number][0]];
    delete byFixture.get(fixture)![key];
  }
  return [...byFixture.values()];
}

/**
 * The UTC day of the asserted moment (`2016-08-10T11:15:53.000Z` → 2016-08-10); null when none. Kept
 * as written: a page stamped late in the evening west of Greenwich (or early in the morning east of it)
 * shows the day before (after), so a day one off the truth is read before it is called a miss.
 */
export function utcDay(moment: string | null | undefined): string | null {
  return /^(\d{4}-\d{2}-\d{2})T/.exec(moment ?? '')?.[1] ?? null;
}

/**
 * The lead as the scorer compares it: the test's words with markup left in it by the page (an entity
 * such as `&#151;`) taken out, for a reader sees no entity; null when nothing is left.
 */
export function cleanLead(lead: string | null | undefined): string | null {
  const text = (lead ?? '')
    .replace(/&#?\w+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}

/**
 * An author truth that names no person as a byline shows one: an address (a profile's URL) or a
 * field that runs over several lines (the writer's biography after the name). Left out (not
 * scored) rather than mended: the set's value is kept as it is or not at all.
 */
export function usableAuthor(author: string | null | undefined): boolean {
  return author != null && !/^https?:\/\//.test(author.trim()) && !author.includes('\n');
}

/** The case a test's truth makes, or null when it asserts nothing the bench scores. */
export function checkCaseOf(truth: PostlightTruth, id: string, html: Uint8Array): CaseTruth | null {
  const lead = cleanLead(truth.lead);
  const headline = truth.title?.trim() || null;
  if (!headline && !lead && !usableAuthor(truth.author) && !truth.datePublished) return null;
  const text = [headline, lead].filter(Boolean).join('\n') || new TextDecoder().decode(html);
  const c: CaseTruth = {
    id,
    source: 'postlight',
    url: truth.url,
    lang: guessLang(text),
    split: 'check',
    headline,
    headlineSource: headline ? 'annotated' : null,
    body: '',
    lead,
  };
  if (truth.datePublished !== undefined) c.published = utcDay(truth.datePublished);
  if (truth.author === null) c.author = null;
  else if (usableAuthor(truth.author)) c.author = truth.author!.trim();
  return c;
}
