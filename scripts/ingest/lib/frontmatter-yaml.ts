/**
 * The frontmatter's YAML, as `YAML.stringify(data, { lineWidth: 0, version: '1.1' })` writes it, made
 * without building the library's document tree: at 10,000 articles that tree cost ~2 CPU s of the
 * ingest's main thread. Only the shapes frontmatter has are written here (block maps and sequences
 * of strings, safe integers, booleans and null; one-line strings of printable characters); anything
 * else (a multi-line or control-character string, a float, a shared object, a nested sequence) is
 * handed to the library whole, so the result is always the library's own.
 *
 * The string rules are the library's (yaml 2.x, stringify/stringifyString.js) for one-line printable
 * strings with folding off: plain unless the text could be read as something else (its indicator
 * pattern, or a YAML 1.1 null, bool, number or date, by the schema's own tests); then single quotes
 * when it holds `"` and no `'`, else double quotes as JSON writes them.
 * tests/ingest/frontmatter-yaml.test.ts holds the two to the same bytes on nasty and random data.
 */
import YAML from 'yaml';

const OPTIONS = { lineWidth: 0, version: '1.1' } as const;

/**
 * The YAML 1.1 schema's implicit tags other than plain strings: a plain value they match is not read
 * back as a string. (The merge key `<<` is one only for keys: a key any tag matches is left to the library.)
 */
const TAGS = new YAML.Document(null, OPTIONS).schema.tags.filter((t) => t.default && t.tag !== 'tag:yaml.org,2002:str' && t.test instanceof RegExp) as {
  default: boolean | 'key';
  test: RegExp;
}[];
const VALUE_TAGS = TAGS.filter((t) => t.default === true);
const readsAsOtherType = (s: string) => VALUE_TAGS.some((t) => t.test.test(s));
const oddKey = (key: string) => !KEY.test(key) || TAGS.some((t) => t.test.test(key));

/** What a plain scalar may not look like (the library's own pattern). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** Strings the fast path leaves to the library: line breaks, control characters, surrogates, odd separators. */
const UNUSUAL = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

class Unsupported extends Error {}

function scalarString(s: string): string {
  if (UNUSUAL.test(s) || DOCUMENT_MARKER.test(s)) throw new Unsupported();
  if (!NOT_PLAIN.test(s) && !readsAsOtherType(s)) return s;
  if (s.includes('"') && !s.includes("'")) return `'${s}'`;
  return JSON.stringify(s);
}

function scalar(value: unknown): string | null {
  if (value === null) return 'null';
  if (typeof value === 'string') return scalarString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
  return null;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Lines of a block map whose keys start at `indent`; the first line's indent is the caller's. */
function mapLines(map: Record<string, unknown>, indent: string, out: string[], seen: Set<object>, first: string): void {
  if (seen.has(map)) throw new Unsupported(); // the library would write an anchor and an alias
  seen.add(map);
  let lead = first;
  for (const key of Object.keys(map)) {
    const value = map[key];
    if (value === undefined || oddKey(key)) throw new Unsupported();
    const flat = collectionOrScalar(value);
    if (flat !== null) out.push(`${lead}${key}: ${flat}`);
    else {
      out.push(`${lead}${key}:`);
      valueLines(value, indent + '  ', out, seen);
    }
    lead = indent;
  }
}

/** A value written on its key's line: a scalar, `[]` or `{}`; null for a block collection. */
function collectionOrScalar(value: unknown): string | null {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return null;
  }
  if (isPlainObject(value)) {
    if (Object.keys(value).length === 0) return '{}';
    return null;
  }
  const s = scalar(value);
  if (s === null) throw new Unsupported();
  return s;
}

function valueLines(value: unknown, indent: string, out: string[], seen: Set<object>): void {
  if (isPlainObject(value)) return mapLines(value, indent, out, seen, indent);
  const items = value as unknown[];
  if (seen.has(items)) throw new Unsupported();
  seen.add(items);
  for (const item of items) {
    if (Array.isArray(item)) throw new Unsupported();
    if (isPlainObject(item) && Object.keys(item).length > 0) mapLines(item, indent + '  ', out, seen, `${indent}- `);
    else out.push(`${indent}- ${collectionOrScalar(item)}`);
  }
}

/** The YAML of a frontmatter object, byte for byte what the library writes, without its final newline trimmed. */
export function frontmatterYaml(frontmatter: object): string {
  if (isPlainObject(frontmatter) && Object.keys(frontmatter).length > 0) {
    const out: string[] = [];
    try {
      mapLines(frontmatter, '', out, new Set(), '');
      return out.join('\n') + '\n';
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
    }
  }
  return YAML.stringify(frontmatter, OPTIONS);
}
