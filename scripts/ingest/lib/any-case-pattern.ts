/**
 * A pattern's source that matches what it matches under the `iu` flags, for a pattern with the `u` flag
 * alone: each letter becomes the class of the letters the `iu` flags take it for ("by" → "[bB][yY]").
 * It stands where a modifier group `(?i:…)` would: V8 before its commit 72b0e27 ("Fix modifiers for
 * ChoiceNodes", nodejs/node#60030; the Node 24 the project runs has it not) may compile a modifier group
 * that holds an alternation or a quantifier without the modifier in some of its branches, and whether it
 * does depends on what the process compiled before: a byline then kept or lost its role by which pages
 * had been read before it (tests/ingest/regex-modifiers.test.ts). The ingest writes no modifier group.
 *
 * Reads the syntax the ingest's label lists use: literal characters, escapes (`\s`, `\(`, `\p{…}`,
 * `\u{…}`), classes (`[ée]`, their letters widened the same way), groups `(?:`, `(?=`, `(?!`, `(?<=`,
 * `(?<!`, and quantifiers (`{1,3}` holds no letter).
 */
export function anyCasePattern(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === '\\') {
      const escape = escapeAt(source, i);
      out += escape;
      i += escape.length;
    } else if (c === '[') {
      const end = classEnd(source, i);
      out += `[${widenClass(source.slice(i + 1, end))}]`;
      i = end + 1;
    } else if (c === '(' && source[i + 1] === '?') {
      const head = /^\(\?(?::|=|!|<=|<!)/.exec(source.slice(i))?.[0];
      if (!head) throw new Error(`anyCasePattern: unsupported group at ${i} in ${source}`);
      out += head;
      i += head.length;
    } else {
      const char = String.fromCodePoint(source.codePointAt(i)!);
      const variants = caseVariants(char);
      out += variants.length > 1 ? `[${variants.join('')}]` : char;
      i += char.length;
    }
  }
  return out;
}

/** The escape at `at` whole: `\p{…}`, `\P{…}`, `\u{…}`, `\uXXXX`, `\xXX`, or a backslash and one character. */
function escapeAt(source: string, at: number): string {
  const next = source[at + 1];
  if ((next === 'p' || next === 'P' || next === 'u') && source[at + 2] === '{') return source.slice(at, source.indexOf('}', at) + 1);
  if (next === 'u') return source.slice(at, at + 6);
  if (next === 'x') return source.slice(at, at + 4);
  return source.slice(at, at + 2);
}

/** The index of the `]` that closes the class opened at `at`. */
function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i += escapeAt(source, i).length - 1;
    else if (source[i] === ']') return i;
  }
  throw new Error(`anyCasePattern: unclosed class in ${source}`);
}

/** A class's inside with each literal letter's case variants added; ranges and escapes are kept as they are. */
function widenClass(inside: string): string {
  if (/(?<!\\)-/.test(inside.replace(/^-|-$/g, '')) || inside.startsWith('^')) throw new Error(`anyCasePattern: unsupported class [${inside}]`);
  let out = '';
  for (let i = 0; i < inside.length; ) {
    if (inside[i] === '\\') {
      const escape = escapeAt(inside, i);
      out += escape;
      i += escape.length;
      continue;
    }
    const char = String.fromCodePoint(inside.codePointAt(i)!);
    out += caseVariants(char).join('');
    i += char.length;
  }
  return out;
}

/**
 * Characters the `iu` flags may take for another by simple case folding, beside what toLowerCase and
 * toUpperCase give: the Kelvin and Ångström signs, the long s, capital sharp s, the ohm sign, Greek's
 * symbol forms and the iota subscript, Cyrillic's old letter forms. Each is kept only where the flags
 * themselves say it matches (caseVariants); the test checks the list is whole for the labels' letters.
 */
const FOLD_PARTNERS = [
  '\u017F', '\u212A', '\u212B', '\u1E9E', '\u00DF', '\u2126', '\u00B5', '\u0345', '\u1FBE', '\u03C2', '\u03D0', '\u03D1', '\u03D5', '\u03D6',
  '\u03F0', '\u03F1', '\u03F4', '\u03F5', '\u1E9B', '\u1C80', '\u1C81', '\u1C82', '\u1C83', '\u1C84', '\u1C85', '\u1C86', '\u1C87', '\u1C88',
];

const variantsOf = new Map<string, string[]>();

/** Every character the `iu` flags match `char` with, `char` first; a character without case alone. */
export function caseVariants(char: string): string[] {
  let variants = variantsOf.get(char);
  if (!variants) variantsOf.set(char, (variants = variantsFound(char)));
  return variants;
}

function variantsFound(char: string): string[] {
  const candidates = [char, char.toLowerCase(), char.toUpperCase(), ...FOLD_PARTNERS];
  // One character, one class, no alternation: a pattern V8 compiles the same whatever came before.
  const same = new RegExp(`^[${char.replace(/[\\\]^-]/g, '\\$&')}]$`, 'iu');
  return [...new Set(candidates.filter((c) => [...c].length === 1 && same.test(c)))].map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c));
}
