/**
 * A paper's authors under its title, each name with the number of its affiliation and the
 * corresponding author's star ("Jane Roe 1, John Doe 2, Ann Lee 1,*"): the paper's byline, and the
 * title over it the headline, though the run opens on the library's notice above the title. Small
 * fixtures written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isAuthorLine } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const english = detectLanguage('The programme will fund joint laboratories and train young researchers over the next five years.');
const byline = (line: string) => isAuthorLine(line, blockFeatures(line, english));

const ABSTRACT = [
  'Abstract',
  '[Purpose]',
  'This study set out to measure how a second rice harvest in the valley changes the incomes of farming households and the soil of their fields.',
  '[Methods]',
  'We surveyed two hundred farming households in the valley over five years and sampled the soil of their rice fields after every harvest.',
  '[Results]',
  'Households that harvested rice twice a year earned more, and the soil of their fields kept its nitrogen when the new seed was planted.',
  '[Conclusion]',
  'A second rice harvest raised the incomes of farming households without harm to the soil, when the field plan of the village council was followed.',
].join('\n');

describe('a paper’s authors with their affiliation marks', () => {
  it.each(['Jane Roe 1, John Doe 2, Ann Lee 1,*', 'Mei Lin Roe 1,2, Jan-Erik Doe 3 and Ann Lee 1*', 'Jane Roe1, John Doe2, Ann Lee1'])('"%s" is a byline', (line) => {
    expect(byline(line)).toBe(true);
  });

  it.each(['Rice 1, Wheat 2, Barley 3', 'Table 1, Figure 2, Figure 3', 'Harvest Yields 2024, Soil Tests 2025'])('"%s" is none', (line) => {
    expect(byline(line)).toBe(false);
  });

  it.each([
    'Two rice harvests a year: what the second harvest does to farming incomes and the soil',
    // A long title says more than its abstract's words: four of its nine are the abstract's.
    'Second harvest, valley households: why singing at work keeps spirits up',
  ])('leaves the paper’s title the headline: "%s"', (title) => {
    const page = `Skip to main content\nSearch\nLog in\nSearch the Harbor Journal Archive\nJournal List\nUser Guide\nAs a library, the Harbor Library gives access to scientific papers. A paper in its archive is not endorsed by the library, and the library does not agree with it by holding it.\nLearn more: Archive Disclaimer | Archive Copyright Notice\nHarbor J Farm Sci\n. 2023 Feb 11;17(4):201–214. doi: 10.00000/hjfs.2023.0042\n${title}\nJane Roe 1, John Doe 2, Ann Lee 1,*\nAuthor information\nArticle notes\nCopyright and License information\n${ABSTRACT}`;
    expect(article(page).record.title).toBe(title);
  });
});
