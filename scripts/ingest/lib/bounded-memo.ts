/**
 * Answers remembered for keys met again and again across pages (a site's menu lines, the nouns
 * articles count), so a pure rule runs once per key. Bounded: at `limit` keys the memory starts
 * afresh, so a run of many pages keeps little. Every cross-page cache of the ingest is one of these,
 * so each stores its keys the same safe way (`ownCopy`).
 */
export class BoundedMemo<V extends NonNullable<unknown> | null> {
  private readonly answers = new Map<string, V>();
  private readonly limit: number;

  constructor(limit = 4096) {
    this.limit = limit;
  }

  // Two calls, not one taking a function: a closure made per call would cost the hot callers more
  // than the memory saves them.
  /** The remembered answer for `key`, if any. */
  get(key: string): V | undefined {
    return this.answers.get(key);
  }

  /** Remembers `value` as the answer for `key`, and returns it. */
  remember(key: string, value: V): V {
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(ownCopy(key), value);
    return value;
  }
}

/**
 * The key as a string of its own. A line is often a slice of its page's text, and a slice keeps the
 * whole text it was cut from alive: remembered as it is, each line would keep its page (thousands of
 * pages' texts, copied again by every young collection until the memory is cleared). Joining copies
 * the characters into a new string, and the slice of it keeps only that copy; a short slice is a copy
 * already.
 */
export function ownCopy(line: string): string {
  return line.length < 16 ? line : (line + ' ').slice(0, -1);
}
