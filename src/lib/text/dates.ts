/**
 * Date formatting for readers. Written out by hand rather than with Intl so that the build output does
 * not depend on the ICU data of the machine that builds it (two builds must be byte-identical).
 */
export type Precision = 'day' | 'month' | 'year';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `2020-10` → `October 2020`. */
export function monthLabel(monthKey: string): string {
  const [y, m] = monthKey.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

/** `2020-10` → `Oct 2020` (for narrow table cells). */
export function shortMonthLabel(monthKey: string): string {
  const [y, m] = monthKey.split('-');
  return `${MONTHS[Number(m) - 1].slice(0, 3)} ${y}`;
}

/** An ISO date as a reader says it, no more precise than it is known: `30 October 2020`, `October 2020`, `2020`. */
export function formatDate(iso: string, precision: Precision | null = 'day'): string {
  const [y, m, d] = iso.split('-');
  if (precision === 'year') return y;
  if (precision === 'month') return `${MONTHS[Number(m) - 1]} ${y}`;
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** The `datetime` attribute for `<time>`: valid HTML for the known precision (`2020`, `2020-10`, `2020-10-30`). */
export function datetimeAttr(iso: string, precision: Precision | null = 'day'): string {
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'month') return iso.slice(0, 7);
  return iso.slice(0, 10);
}

/**
 * "updated" (or "Updated") before the date of an article whose page stated only when it was last updated
 * (dateSource `update`): the day is a bound on the news, not its publication. Null for any other date.
 */
export function updatedWord(a: { dateSource?: string | null }, capital = false): string | null {
  return a.dateSource === 'update' ? (capital ? 'Updated' : 'updated') : null;
}

/** An article's date in words, "updated …" when that is all its page stated (see updatedWord). */
export function articleDateWords(a: { date: string | null; datePrecision: Precision | null; dateSource?: string | null }): string | null {
  return dateWithWord(updatedWord(a), a.date, a.datePrecision);
}

/**
 * "by" before an event's date when that date is a bound (dateBound `on-or-before`: the only day its
 * reports give is the day one was last updated); null for a news day.
 */
export function eventDateWord(e: { dateBound?: string | null }, capital = false): string | null {
  return e.dateBound === 'on-or-before' ? (capital ? 'By' : 'by') : null;
}

/** An event's date in words, "by …" when it is a bound (see eventDateWord). */
export function eventDateWords(e: { date: string | null; datePrecision: Precision | null; dateBound?: string | null }): string | null {
  return dateWithWord(eventDateWord(e), e.date, e.datePrecision);
}

/** A date in words after the word that qualifies it ("updated", "by"), when there is one. */
function dateWithWord(word: string | null, date: string | null, precision: Precision | null): string | null {
  if (!date) return null;
  return `${word ? `${word} ` : ''}${formatDate(date, precision)}`;
}

export const monthKeyOf = (iso: string) => iso.slice(0, 7);
export const yearOf = (iso: string) => iso.slice(0, 4);

/**
 * A month is cut by day into three parts, each with a page that lists it in full: `01-10`, `11-20` and
 * `21-<last day>`. A busy month listed whole made one page grow with the corpus (21.8 KB gzip at
 * 10,000 articles, a busier month past the 30 KB budget); a part is a third of it, and its address
 * never changes, because the day is in the date.
 */
export function monthParts(monthKey: string): string[] {
  const [y, m] = monthKey.split('-').map(Number);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const last = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return ['01-10', '11-20', `21-${last}`];
}
/** The part of its month a day falls in: `2021-03-14` → `11-20`. */
export function monthPartOf(iso: string): string {
  const day = Number(iso.slice(8, 10));
  return monthParts(monthKeyOf(iso))[day <= 10 ? 0 : day <= 20 ? 1 : 2];
}
/** `01-10` → `1–10`: a part's days as a reader reads them. */
export function partDays(part: string): string {
  const [from, to] = part.split('-').map(Number);
  return `${from}–${to}`;
}
/** `11-20` → `11–20 March 2021`, as a reader reads a part of a month. */
export const partLabel = (monthKey: string, part: string) => `${partDays(part)} ${monthLabel(monthKey)}`;

/** Every month key from `first` to `last` inclusive (both `YYYY-MM`). */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

export const precisionWord: Record<Precision, string> = {
  day: 'exact day',
  month: 'month only',
  year: 'year only',
};
