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

export const monthKeyOf = (iso: string) => iso.slice(0, 7);
export const yearOf = (iso: string) => iso.slice(0, 4);

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
