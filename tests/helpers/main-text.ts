/**
 * What main-text detection makes of a small page written in a test: the lines it keeps as the
 * article (the run, less the furniture inside it) and why each other line inside the run was left out.
 */
import { detectMainText } from '../../scripts/ingest/stages/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

export function chooseArticle(page: string): { kept: string[]; why: Map<string, string> } {
  const lines = page.split('\n').filter((l) => l.trim());
  const choice = detectMainText(lines, detectLanguage(page));
  const why = new Map<string, string>();
  choice.furniture.forEach((reason, i) => why.set(lines[i], reason));
  return { kept: lines.filter((_, i) => i >= choice.start && i <= choice.end && !choice.furniture.has(i)), why };
}

/** The lines main-text keeps as the article. */
export function articleLines(page: string): string[] {
  return chooseArticle(page).kept;
}
