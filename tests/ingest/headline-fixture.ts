/**
 * The article under the headline in the text-path headline tests: three paragraphs of plain prose the
 * tests put lines of chrome, bylines and stamps around, and the title the ingest gives the page.
 */
import { article } from './helpers.ts';
import { chooseHeadline, type HeadlineBlock } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

/** Three paragraphs of an article, blank lines between. */
export const BODY = [
  'Farmers in the valley have started to harvest rice twice a year, using seed that grows faster in the wet season and a field plan drawn up by the village council.',
  'The change came slowly. The first farmers to try the new seed near the village were laughed at, until their second harvest paid for a new school roof.',
  'Now most of the rice fields in the valley are planted twice, and the village council says incomes have doubled in five years.',
].join('\n\n');

/** The title the text path chooses for `page`. */
export const titleOf = (page: string) => article(page).record.title;

/** A line of a page with the class main-text gives it ('good' prose, 'short' labels and headlines, 'bad' furniture). */
export type ClassedLine = [string, HeadlineBlock['cls']];

/**
 * The headline chooser alone, on lines classed as main-text classes them, the run starting at the
 * first 'good' line and ending at the last line: the tests that ask what the chooser makes of a
 * page's opening, without main-text's own choices in between.
 */
export function chooseOnClassedLines(page: ClassedLine[]): string | null {
  const lines = page.map(([l]) => l);
  const language = detectLanguage(lines.join('\n'));
  const blocks = page.map(([l, cls]) => ({ features: blockFeatures(l, language), cls }));
  const start = blocks.findIndex((b) => b.cls === 'good');
  const i = chooseHeadline(lines, blocks, start, lines.length - 1, language);
  return i === -1 ? null : lines[i];
}
