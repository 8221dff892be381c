/**
 * The truth's copies a body holds too few times (copy-losses.ts). The scorer counts shingles as a
 * multiset (score.ts): a paragraph the truth holds twice and the body once is missed once. Only what
 * the page itself shows that often counts: a copy the seed never held no rule could have kept. A
 * shingle the body lacks altogether is lost-lines.ts's to explain, not a copy's.
 */
import { shingles } from '../score.ts';

export interface CopyShortfall {
  /** The truth's shingles (each copy counted) the body holds too few times, though it holds them. */
  missed: number;
  /** The truth's shingles, each copy counted. */
  truth: number;
  /** Each such shingle, with how many of its copies are missing. */
  short: Map<string, number>;
}

export function copyShortfall(truth: string, body: string, shown: string): CopyShortfall {
  const kept = shingles(body);
  const onPage = shingles(shown);
  const short = new Map<string, number>();
  let missed = 0;
  let all = 0;
  for (const [k, n] of shingles(truth)) {
    all += n;
    const have = kept.get(k) ?? 0;
    const could = Math.min(n, onPage.get(k) ?? 0);
    if (have > 0 && could > have) {
      missed += could - have;
      short.set(k, could - have);
    }
  }
  return { missed, truth: all, short };
}
