/**
 * The largest and smallest of many numbers. `Math.max(...values)` passes every value as an argument
 * and overflows the call stack past ~100,000 of them; a series or a month table can be that long.
 */
export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let max = start;
  for (const v of values) if (v > max) max = v;
  return max;
}

export function minOf(values: Iterable<number>, start = Infinity): number {
  let min = start;
  for (const v of values) if (v < min) min = v;
  return min;
}
