/**
 * html-closing-notes: the site's own lines closing a saved page's article, which Readability's pick
 * keeps (its box holds them): a closing note (an appeal for donations, a disclaimer, a note on
 * affiliate links), the heading of a closing box ("About the Author") and what it holds, a company's
 * standard description under a press release, a writer's biography, a newsletter's or an app's
 * promotion. The text path finds them at the foot of its run (main-text.ts); the same rules are
 * applied here to the extract, the whole of which is the run (closingLinesOfArticle).
 *
 * Classing every line of every page costs what the HTML path must not pay on every page: the lines
 * are classed only when one of the extract's last lines may be such a line (mayCloseOnTheSitesLines,
 * a few regular expressions on a few lines). Every line taken out is reported with its reason.
 */
import type { Unit } from '../types.ts';
import type { Report } from '../report.ts';
import type { Language } from '../lib/page-text/language/language.ts';
import { closingLinesOfArticle, mayCloseOnTheSitesLines } from './main-text.ts';

/** How many of the extract's last lines may hold the first closing line the rules walk up to. */
const TAIL_LINES = 12;

export function withoutClosingLines(units: Unit[], language: Language, report: Report): Unit[] {
  const lines = units.map((u) => u.text);
  if (lines.length < 2 || !mayCloseOnTheSitesLines(lines, language.lang, TAIL_LINES)) return units;
  const { end, why } = closingLinesOfArticle(lines, language);
  if (end >= lines.length - 1 || end < 0) return units;
  for (let i = end + 1; i < units.length; i++) report.add('html', 'closing-lines', 'removed', units[i].text, `after the article: ${why[i]}`);
  return units.slice(0, end + 1);
}
