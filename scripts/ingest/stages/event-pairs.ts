/**
 * Which pairs of reports the events stage may join, with their phrase overlap, best first.
 *
 * Only reports that share a speaker (or, without speakers, a news day) are compared; dated ones
 * only on the same news day, and an undated one only with days of the weekday it names. At 10,000
 * reports that is still ~200,000 pairs (an undated "said on Friday" meets every Friday of its
 * speaker), so a re-run does not find them again: whether two reports are a pair, and their
 * overlap, depends on those two reports alone, so the pairs of two unchanged reports are last run's
 * (remembered in its order), and only the pairs of changed reports are found, sorted and merged in.
 */
import type { ArticleOut } from '../types.ts';

export interface PairNode {
  article: ArticleOut;
  day: string | null; // the news day: own date, moved back to the weekday it names
  dayWeekday: string | null; // the weekday of `day`
  weekday: string | null; // the weekday the report names
  /** The day the report says it was last updated, when that is its only date: paired as an undated report, its news is of that day or before. */
  updated: string | null;
  speakers: Set<string>;
}

/** Pairs as positions in the article list, best overlap first, ties by position. */
export interface Pairs {
  a: Int32Array;
  b: Int32Array;
  score: Float64Array;
}

/** Last run's pairs, and where each of today's articles was then (-1: new, or its seed changed). */
export interface RememberedPairs {
  pairs: Pairs;
  was: Int32Array;
}

export interface Thresholds {
  withSpeaker: number;
  withoutSpeaker: number;
  undatedWithoutWeekday: number;
}

export function findPairs(nodes: PairNode[], overlapOf: (i: number, j: number) => number, t: Thresholds, remembered?: RememberedPairs): Pairs {
  const blocks = new Map<string, number[]>();
  const blockKeys = (n: PairNode) => (n.speakers.size ? [...n.speakers].map((s) => `s:${s}`) : [`d:${n.day ?? 'undated'}`]);
  nodes.forEach((n, i) => {
    for (const key of blockKeys(n)) (blocks.get(key) ?? blocks.set(key, []).get(key)!).push(i);
  });
  const seen = new Set<number>(); // a * n + b: cheaper than string keys at 10,000 reports
  const found = new PairList();
  const consider = (i: number, j: number, blockKey: string) => {
    const a = i < j ? i : j;
    const b = i < j ? j : i;
    const key = a * nodes.length + b;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    if (!mayBeOneOccasion(nodes[a], nodes[b])) return;
    const score = overlapOf(a, b);
    if (score >= threshold(nodes[a], nodes[b], blockKey, t)) found.push(a, b, score);
  };

  if (!remembered) {
    for (const [key, list] of blocks) forEachPairInBlock(nodes, list, (i, j) => consider(i, j, key));
    return found.sorted();
  }
  const { was } = remembered;
  for (let c = 0; c < nodes.length; c++) {
    if (was[c] >= 0) continue;
    for (const key of blockKeys(nodes[c])) for (const o of blocks.get(key)!) consider(c, o, key);
  }
  return mergeSorted(keptPairs(remembered, nodes.length), found.sorted());
}

/** The pairs a block's reports may form, without walking the ones that cannot: days × days. */
function forEachPairInBlock(nodes: PairNode[], list: number[], visit: (i: number, j: number) => void): void {
  const byDay = new Map<string, number[]>();
  const undated: number[] = [];
  for (const i of list) {
    const day = nodes[i].day;
    if (day) (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(i);
    else undated.push(i);
  }
  const daysByWeekday = new Map<string, number[][]>();
  for (const same of byDay.values()) {
    const w = nodes[same[0]].dayWeekday!;
    (daysByWeekday.get(w) ?? daysByWeekday.set(w, []).get(w)!).push(same);
    for (let x = 0; x < same.length; x++) for (let y = x + 1; y < same.length; y++) visit(same[x], same[y]);
  }
  for (const u of undated) {
    const weekday = nodes[u].weekday;
    const days = weekday ? daysByWeekday.get(weekday) ?? [] : [...byDay.values()];
    for (const same of days) for (const i of same) visit(i, u);
  }
  for (let x = 0; x < undated.length; x++) for (let y = x + 1; y < undated.length; y++) visit(undated[x], undated[y]);
}

/** Dated reports of different news days never are; an undated one must fit the other's weekday. */
function mayBeOneOccasion(x: PairNode, y: PairNode): boolean {
  if (x.day && y.day) return x.day === y.day;
  return weekdayFits(x, y) && weekdayFits(y, x);
}

function weekdayFits(undated: PairNode, other: PairNode): boolean {
  if (undated.day || !undated.weekday) return true;
  return other.day ? other.dayWeekday === undated.weekday : !other.weekday || other.weekday === undated.weekday;
}

function threshold(x: PairNode, y: PairNode, blockKey: string, t: Thresholds): number {
  const base = blockKey.startsWith('s:') ? t.withSpeaker : t.withoutSpeaker;
  const undatedWithoutWeekday = (!x.day && !x.weekday) || (!y.day && !y.weekday);
  return undatedWithoutWeekday ? Math.max(base, t.undatedWithoutWeekday) : base;
}

/** Last run's pairs of two unchanged reports, at today's positions: still in order, as positions only shift. */
function keptPairs({ pairs, was }: RememberedPairs, count: number): Pairs {
  let oldCount = 0;
  for (let i = 0; i < count; i++) oldCount = Math.max(oldCount, was[i] + 1);
  const now = new Int32Array(oldCount).fill(-1);
  for (let i = 0; i < count; i++) if (was[i] >= 0) now[was[i]] = i;
  const out = allocate(pairs.a.length);
  let n = 0;
  for (let p = 0; p < pairs.a.length; p++) {
    const a = pairs.a[p] < oldCount ? now[pairs.a[p]] : -1;
    const b = pairs.b[p] < oldCount ? now[pairs.b[p]] : -1;
    if (a < 0 || b < 0) continue;
    out.a[n] = a;
    out.b[n] = b;
    out.score[n++] = pairs.score[p];
  }
  return truncate(out, n);
}

const before = (x: Pairs, i: number, y: Pairs, j: number) =>
  x.score[i] > y.score[j] || (x.score[i] === y.score[j] && (x.a[i] < y.a[j] || (x.a[i] === y.a[j] && x.b[i] < y.b[j])));

function mergeSorted(x: Pairs, y: Pairs): Pairs {
  const out = allocate(x.a.length + y.a.length);
  let i = 0;
  let j = 0;
  for (let n = 0; n < out.a.length; n++) {
    const src = j >= y.a.length || (i < x.a.length && before(x, i, y, j)) ? x : y;
    const k = src === x ? i++ : j++;
    out.a[n] = src.a[k];
    out.b[n] = src.b[k];
    out.score[n] = src.score[k];
  }
  return out;
}

const allocate = (n: number): Pairs => ({ a: new Int32Array(n), b: new Int32Array(n), score: new Float64Array(n) });
const truncate = (p: Pairs, n: number): Pairs => ({ a: p.a.subarray(0, n), b: p.b.subarray(0, n), score: p.score.subarray(0, n) });

/** Pairs in typed arrays: sorting 200,000 positions is four times faster than sorting objects. */
class PairList {
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private score = new Float64Array(1024);
  private length = 0;

  push(a: number, b: number, score: number): void {
    if (this.length === this.a.length) {
      const a2 = new Int32Array(this.length * 2);
      const b2 = new Int32Array(this.length * 2);
      const s2 = new Float64Array(this.length * 2);
      a2.set(this.a);
      b2.set(this.b);
      s2.set(this.score);
      [this.a, this.b, this.score] = [a2, b2, s2];
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.score[this.length++] = score;
  }

  /** Best overlap first, ties by position: the same order whatever order the pairs were found in. */
  sorted(): Pairs {
    const { a, b, score } = this;
    const order = new Uint32Array(this.length).map((_, i) => i);
    order.sort((i, j) => score[j] - score[i] || a[i] - a[j] || b[i] - b[j]);
    return { a: Int32Array.from(order, (i) => a[i]), b: Int32Array.from(order, (i) => b[i]), score: Float64Array.from(order, (i) => score[i]) };
  }
}
