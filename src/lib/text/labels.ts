/** Words the site uses for data values, so every page says them the same way. */
import type { Article, EventView } from '../data/site-data';

export const outletName = (a: Pick<Article, 'outlet'>) => a.outlet ?? 'outlet unknown';

/** `8300` → `8,300`, by hand so the output does not depend on the build machine's locale data. */
export const formatNumber = (n: number) => {
  const [int, frac] = String(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
};

export const capitalise = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

export const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;
/** The undated reports a list holds, in a sentence: "this report" for one, never "these 1 report". */
export const theseReports = (n: number) => (n === 1 ? 'this report' : `these ${plural(n, 'report')}`);
/** What is said of them after: "It is" for one, "They are" for more. */
export const theyAre = (n: number) => (n === 1 ? 'It is' : 'They are');

/** "3 reports: Xinhua, South China Morning Post and one from an unknown outlet". */
export function reportedBy(event: Pick<EventView, 'articles'>): string {
  const n = event.articles.length;
  const named = [...new Set(event.articles.map((a) => a.outlet).filter((o): o is string => !!o))];
  const unknown = event.articles.filter((a) => !a.outlet).length;
  if (n === 1) return named.length ? `1 report: ${named[0]}` : '1 report, outlet unknown';
  const parts = [...named, ...(unknown ? [`${unknown === 1 ? 'one' : formatNumber(unknown)} from an unknown outlet`] : [])];
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${plural(n, 'report')}: ${list}`;
}

/** How an article's date was found, in words. */
export const dateSourceWords: Record<string, string> = {
  explicit: 'stated on the page',
  'page-text': 'stated on the page',
  dateline: 'from the dateline',
  update: 'the day the page was last updated',
  inferred: 'inferred from a related report',
};
