/**
 * A page that writes its headline twice (issue 13): the form for search engines and sharing first,
 * then a kicker and the headline the reader sees, right over the standfirst and the byline. When the
 * first form is chosen, the line under the kicker that tells the same story is the headline; not past
 * a counter or a stamp (the chosen line's own header), and not a paragraph of prose.
 */
import { describe, expect, it } from 'vitest';
import { detectMainText } from '../../scripts/ingest/stages/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { retoldUnderItsKicker } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { BODY } from './headline-fixture.ts';

const FIRST = 'Rice harvest: can the valley plant its rice twice a year with faster seed?';
const SEEN = 'Twice the rice, half the wait: is the valley ready for two harvests?';

/** The line the rule moves the chosen line `chosen` to. */
function moved(lines: string[], chosen: number): string {
  const language = detectLanguage(lines.join('\n'));
  const { blocks } = detectMainText(lines, language);
  return lines[retoldUnderItsKicker(lines, blocks, chosen, language)];
}

describe('a headline written again under its kicker', () => {
  it('is the headline the reader sees, under the kicker the first form holds', () => {
    const lines = ['Home', 'Farming', FIRST, 'Rice harvest', SEEN, ...BODY.split('\n')];
    expect(moved(lines, 2)).toBe(SEEN);
  });

  it('is not looked for past a counter between the two', () => {
    const lines = ['Home', 'Farming', FIRST, '12 Comments', SEEN, ...BODY.split('\n')];
    expect(moved(lines, 2)).toBe(FIRST);
  });

  it('is not a line that tells another story', () => {
    const lines = ['Home', 'Farming', FIRST, 'Markets', 'Fishing boats return early to the harbour this week', ...BODY.split('\n')];
    expect(moved(lines, 2)).toBe(FIRST);
  });
});
