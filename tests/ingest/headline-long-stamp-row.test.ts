/**
 * "Posted on November 25, 2024 in Farming, Rice, …": a stamp row that goes on with the post's
 * categories, however many, is the article's stamp all the same: the line over it is the headline,
 * chosen by main-text (not left to the title fallback), though it shares no word with the article.
 */
import { describe, expect, it } from 'vitest';
import { detectMainText } from '../../scripts/ingest/stages/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { BODY } from './headline-fixture.ts';

const CATEGORIES = 'Farming, Village Life, Schools and Teaching, Markets of the North, Weather and Seasons, Online Resources, Field Notes, Rivers and Dams of the Valley, Thought Leadership';
const HEADLINE = 'What the Old Almanacs Got Wrong';

/** The line main-text takes for the headline, or null. */
function headlineOf(lines: string[]): string | null {
  const choice = detectMainText(lines, detectLanguage(lines.join('\n')));
  return choice.headline === -1 ? null : lines[choice.headline];
}

describe('a headline over a long stamp row', () => {
  it('is the headline when the row lists many categories after its date', () => {
    const lines = ['Home', 'Stories & Features', 'The Daily Ledger', 'In the News', HEADLINE, `Posted on November 25, 2024December 3, 2024 in ${CATEGORIES}`, ...BODY.split('\n')];
    expect(headlineOf(lines)).toBe(HEADLINE);
  });

  it('is no stamp when the long line is a sentence that starts with the label', () => {
    const lines = ['Home', 'Stories & Features', 'The Daily Ledger', 'In the News', HEADLINE, `Posted on November 25, 2024, the council's plan lists ${CATEGORIES} among the subjects of the valley.`, ...BODY.split('\n')];
    expect(headlineOf(lines)).not.toBe(HEADLINE);
  });
});
