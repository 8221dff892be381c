/**
 * A site's menu copied as long lines of Title-Case labels run together ("Travel Adventures Harbor
 * Diary Coastal Walks Explore Golf …"), one line per section of the menu, above the article. With a
 * word or two of punctuation inside ("Harbor, My Love?", "Dock.ai") such a line is no list of plain
 * words and weighed as prose: the run started at the menu. Prose never capitalises almost every
 * word for twenty words and more; a table's rows keep their bars and commas, and a shouted sentence
 * has no lower case at all. Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const ARTICLE = [
  'The harbour authority said on Monday that the new ferry terminal will open in the spring, two years later than planned, because the steel for its pier arrived late.',
  'Engineers found that the old quay could not carry the weight of the larger ships, and the town council agreed last year to rebuild it at a cost of forty million euros.',
  'Residents of the old town have complained for months about the noise of the works, and the council has promised to stop the pile driving at night from next week.',
  'The first ferries are expected to call at the terminal in April, and the operator says it will add a second daily crossing to the islands once the season begins.',
];

const MENU = [
  'My Harbor Brussels, My Love? Harbor Decoded Harbor News Smart Regions State Of The Union The Cube Uncovering Harbor Unreported Harbor Sport Football News',
  'Travel Adventures Harbor Diary Conscious Travel Explore Golf Travel Tales Notes From The Coast Soul Of The South Taste Women Beyond Borders Green Harbor',
  'Special coverage Climate Depth Of Field Destination Harbor Discover Islands Discover Coast Discover Valleys Explore Harbor From Dock.ai Here We Grow Smart Health Week',
];

const en = detectLanguage(ARTICLE.join(' '));

describe('a menu of Title-Case labels run together on long lines', () => {
  it('is a list of words, not prose', () => {
    for (const line of MENU) expect(blockFeatures(line, en).wordList, line).toBe(true);
  });

  it('leaves prose with many capitals alone, German nouns and a shouted sentence too', () => {
    const de = detectLanguage(GERMAN_PARAGRAPHS.join(' '));
    for (const line of GERMAN_PARAGRAPHS) expect(blockFeatures(line, de).wordList, line).toBe(false);
    const shouted = 'WHEN YOU GO TO COLLEGE YOU ARE NOT LEARNING HOW TO USE THE TOOLS MOST DESIGNERS ARE USING TO BUILD THE SITES OF THEIR CLIENTS EVERY DAY';
    expect(blockFeatures(shouted, en).wordList).toBe(false);
    expect(blockFeatures(ARTICLE[0], en).wordList).toBe(false);
  });

  it('is left above the article', () => {
    const page = ['Harbor Gazette', ...MENU, 'All Programmes', 'Ferry terminal opens late', ...ARTICLE, 'You might also like'].join('\n');
    expect(articleLines(page)).toEqual(ARTICLE);
  });
});
