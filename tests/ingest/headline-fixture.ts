/**
 * The article under the headline in the text-path headline tests: three paragraphs of plain prose the
 * tests put lines of chrome, bylines and stamps around, and the title the ingest gives the page.
 */
import { article } from './helpers.ts';

/** Three paragraphs of an article, blank lines between. */
export const BODY = [
  'Farmers in the valley have started to harvest rice twice a year, using seed that grows faster in the wet season and a field plan drawn up by the village council.',
  'The change came slowly. The first farmers to try the new seed near the village were laughed at, until their second harvest paid for a new school roof.',
  'Now most of the rice fields in the valley are planted twice, and the village council says incomes have doubled in five years.',
].join('\n\n');

/** The title the text path chooses for `page`. */
export const titleOf = (page: string) => article(page).record.title;
