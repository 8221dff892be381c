/**
 * Which dates are plausible news dates, decided from the data alone (never the clock, so a rebuild
 * next year gives the same answer). Scraped pages carry placeholder stamps — 1900-01-01, 1970-01-01,
 * 2099-12-31 — that are real calendar dates but would stretch the timeline over two centuries.
 *
 * The rule: a date before 1950 is implausible (the corpus is about cooperation since the People's
 * Republic; no page here predates it). Above, the corpus's own dates set the limit: from the median
 * year upward, the first gap of more than MAX_GAP_YEARS between consecutive years with a date ends
 * the plausible range, so one placeholder (or a few copies of it) far after the bulk of the news is
 * flagged, while a corpus that grows year by year never is. A lone article is plausible unless before 1950.
 */
export const EARLIEST_PLAUSIBLE = '1950-01-01';
export const MAX_GAP_YEARS = 10;

export interface PlausibleRange {
  from: string;
  /** Inclusive; null when nothing above the floor limits it. */
  to: string | null;
}

export function plausibleRange(dates: Iterable<string>): PlausibleRange {
  const years = [...new Set([...dates].filter((d) => d >= EARLIEST_PLAUSIBLE).map((d) => +d.slice(0, 4)))].sort((a, b) => a - b);
  if (!years.length) return { from: EARLIEST_PLAUSIBLE, to: null };
  let i = Math.floor((years.length - 1) / 2);
  while (i + 1 < years.length && years[i + 1] - years[i] <= MAX_GAP_YEARS) i++;
  return { from: EARLIEST_PLAUSIBLE, to: i + 1 < years.length ? `${years[i]}-12-31` : null };
}

export const isPlausible = (date: string, range: PlausibleRange) => date >= range.from && (range.to === null || date <= range.to);
