/**
 * "» Column on the valley by Jane Roe", "Book your visit now >": a link's label, marked by the arrow
 * that opens or closes it (a space between), is never the headline. A quotation closed by its
 * guillemet (« … ») and German quotation marks run into the words (»…«) are no arrows.
 * Pages written for the test.
 */
import { describe, expect, it } from 'vitest';
import { detectMainText } from '../../scripts/ingest/stages/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { headlineShaped } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { BODY } from './headline-fixture.ts';

/** The line main-text takes for the headline, or null. */
function headlineOf(lines: string[]): string | null {
  const choice = detectMainText(lines, detectLanguage(lines.join('\n')));
  return choice.headline === -1 ? null : lines[choice.headline];
}
const body = BODY.split('\n').filter((l) => l.trim());

describe('a link marked by its arrow', () => {
  it('is no headline when the arrow closes it', () => {
    expect(headlineOf(['Skip to content', 'Book your visit to the rice fields now >', ...body])).toBe(null);
  });

  it('is no headline when the arrow opens it: the headline under it is', () => {
    expect(headlineOf(['Valley Farm News', 'Home', 'Sport', '» Column on the valley rice harvest by Jane Roe', 'Rice Calendar 2026', ...body])).toBe('Rice Calendar 2026');
  });

  it('leaves quotations in guillemets', () => {
    const language = detectLanguage(body.join('\n'));
    for (const line of ['Le maire met en garde sur la « gravité de la situation »', '»Wir bleiben hier« sagt die Bäuerin']) expect(headlineShaped(line, blockFeatures(line, language), false), line).toBe(true);
  });
});
