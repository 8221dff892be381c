/**
 * A union of patterns, tested in a few scans instead of one: the alternatives that can only match at
 * the line's start (`^…`), those anchored at its end (`…$`), then all the others. V8 tries every
 * alternative of a union at every character of the line; an alternative anchored at the start is
 * worth trying at the first only, but mixed into a union it is tried everywhere with the rest (and
 * keeps V8 from looking ahead for the others' first characters). Split, the anchored ones cost one try
 * and the plain words scan alone: the chrome rules' shared pre-check (lib/page-text/chrome/chrome-rules.ts)
 * ran in a half to a third of the time on the metadata set's lines. `test` answers exactly what the
 * union's `test` answers: a union matches where one of its alternatives matches, and each alternative
 * keeps its flags.
 */

/**
 * The top-level alternatives of a pattern's source, a group that spans a whole alternative opened
 * (`(?:a|^b)` → `a`, `^b`). Null when the source uses a backreference (`\1`), which splitting could
 * point at another group.
 */
export function alternativesOf(source: string): string[] | null {
  if (/\\[1-9]|\\k</.test(source)) return null;
  const out: string[] = [];
  for (const alternative of splitTopLevel(source)) {
    const inner = wholeGroupInside(alternative);
    if (inner === null) out.push(alternative);
    else {
      const split = alternativesOf(inner);
      if (split === null) return null;
      out.push(...split);
    }
  }
  return out;
}

/**
 * Each `|` and `)` of a pattern's source that is no escaped character and stands outside any character
 * class, with the group depth it stands at (a `)`: the depth once it has closed its group). The one
 * reading of the source's structure both cuts below share.
 */
function* groupMarks(source: string): Generator<[index: number, mark: '|' | ')', depth: number]> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') yield [i, ')', --depth];
    else if (c === '|') yield [i, '|', depth];
  }
}

/** The source cut at its `|`s outside any group and character class. */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const [i, mark, depth] of groupMarks(source)) {
    if (mark === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** What a non-capturing group that is the whole alternative holds (`(?:a|b)` → `a|b`), or null. */
function wholeGroupInside(alternative: string): string | null {
  if (!alternative.startsWith('(?:') || !alternative.endsWith(')')) return null;
  for (const [i, mark, depth] of groupMarks(alternative)) {
    if (mark === ')' && depth === 0) return i === alternative.length - 1 ? alternative.slice(3, -1) : null;
  }
  return null;
}

/**
 * The union of `sources` (each a pattern's source, all with `flags`), tested in three scans: the
 * alternatives anchored at the start, those anchored at the end, the rest; each alternative once.
 */
export class SplitUnion {
  private readonly parts: RegExp[];

  constructor(sources: readonly string[], flags: string) {
    if (flags.includes('g') || flags.includes('y') || flags.includes('m')) throw new Error(`SplitUnion: flags "${flags}" change what ^, $ or test means`);
    const alternatives = sources.map((s) => alternativesOf(s));
    if (alternatives.some((a) => a === null)) {
      // A backreference: the union as it is, one scan.
      this.parts = [new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags)];
      return;
    }
    const all = [...new Set(alternatives.flat() as string[])];
    const atStart = all.filter((a) => a.startsWith('^'));
    const atEnd = all.filter((a) => !a.startsWith('^') && endsAnchored(a));
    const others = all.filter((a) => !a.startsWith('^') && !endsAnchored(a));
    this.parts = [];
    // Any split of the alternatives tests the same; `^a|^b` is `^(?:a|b)`.
    if (atStart.length) this.parts.push(new RegExp(`^(?:${atStart.map((a) => a.slice(1)).join('|')})`, flags));
    if (others.length) this.parts.push(new RegExp(others.join('|'), flags));
    if (atEnd.length) this.parts.push(new RegExp(atEnd.join('|'), flags));
  }

  test(line: string): boolean {
    for (const part of this.parts) if (part.test(line)) return true;
    return false;
  }
}

/** Whether an alternative ends with `$` (not an escaped one). */
function endsAnchored(alternative: string): boolean {
  if (!alternative.endsWith('$')) return false;
  let slashes = 0;
  for (let i = alternative.length - 2; i >= 0 && alternative[i] === '\\'; i--) slashes++;
  return slashes % 2 === 0;
}
