/**
 * The pure parts of import-check-cases.ts for the htmldate evaluation: its date-annotated pages read
 * out of the evaluation's JSON files (`tests/eval_default.json`, `tests/eval_mediacloud_2020.json`:
 * address → `{ file, date }`), and the check case each makes. The dates were set by people, one day
 * per page ("only documents with dates that are clearly to be determined"), so the set has no undated
 * page; it gives no headline, author or body. Data only; none of that project's code is used.
 */
import type { CaseTruth } from '../cases.ts';
import { guessLang } from './guess-lang.ts';

/** One annotated page: its address, the saved file (relative to the JSON's page folder) and its day. */
export interface HtmldateTruth {
  url: string;
  file: string;
  day: string;
}

/**
 * The entries of one evaluation file whose day is a real calendar day written YYYY-MM-DD; an entry
 * without a file or with any other date form is left out, not mended.
 */
export function parseHtmldateEval(json: unknown): HtmldateTruth[] {
  if (!json || typeof json !== 'object') return [];
  const out: HtmldateTruth[] = [];
  for (const [url, entry] of Object.entries(json as Record<string, unknown>)) {
    const { file, date } = (entry ?? {}) as { file?: unknown; date?: unknown };
    if (typeof file !== 'string' || !file || typeof date !== 'string' || !isCalendarDay(date)) continue;
    out.push({ url, file, day: date });
  }
  return out;
}

/**
 * The evaluation files as Python writes them: a page whose day could not be set has `NaN` for it,
 * which JSON has not. A `NaN` in a value's place is read as null (that entry is then left out).
 */
export function readEvalJson(text: string): unknown {
  return JSON.parse(text.replace(/(:\s*)NaN(?=\s*[,}])/g, '$1null'));
}

/** YYYY-MM-DD naming a day that exists (no 2021-02-30). */
export function isCalendarDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * The check case of an annotated page: scored for its day alone (no headline, author or lead truth:
 * those fields stay absent or null, so nothing else is counted). `lang` from the page's text, tags
 * and scripts taken out, as the set gives none.
 */
export function htmldateCaseOf(truth: HtmldateTruth, id: string, html: string): CaseTruth {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');
  return {
    id,
    source: 'htmldate',
    url: truth.url,
    lang: guessLang(text),
    split: 'check',
    headline: null,
    headlineSource: null,
    body: '',
    published: truth.day,
  };
}

/** An address as two sets may write the same page's: scheme, `www.`, a trailing slash and case aside. */
export function sameAddress(url: string | null | undefined): string {
  return (url ?? '')
    .trim()
    .replace(/^https?:\/\/(?:www\.)?/i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}
