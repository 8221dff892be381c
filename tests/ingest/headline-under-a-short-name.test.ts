/**
 * The line under a headline, over the byline, is its deck, and pays a deck's cost. Not under a name of a
 * few words that is no headline over a deck: one set apart from the line by furniture (a comment
 * counter), or one opening in lower case (a tagline's end). A short headline right over its deck heads
 * it still. All fixtures are made up.
 */
import { describe, expect, it } from 'vitest';
import { scoreHeadlineCandidates } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { BODY, titleOf, type ClassedLine } from './headline-fixture.ts';

/** Each scored line's score, by its index, on lines classed as main-text classes them (the run from the first 'good' line). */
function scores(page: ClassedLine[]): Map<number, number> {
  const lines = page.map(([l]) => l);
  const language = detectLanguage(lines.join('\n'));
  const blocks = page.map(([l, cls]) => ({ features: blockFeatures(l, language), cls }));
  const start = blocks.findIndex((b) => b.cls === 'good');
  return new Map(scoreHeadlineCandidates(lines, blocks, start, lines.length - 1, language).map((c) => [c.index, c.score]));
}

const PARAGRAPHS: ClassedLine[] = BODY.split('\n\n').map((p) => [p, 'good']);

describe('a headline under a short name', () => {
  it('is the headline when a comment counter stands between them', () => {
    const page = `Menu\nWorld\nValley Rice Farmers\n4 Comments\nA second harvest paid for the roof\nby Jane Roe on March 3, 2025\nShare:TwitterFacebook\n${BODY}`;
    expect(titleOf(page)).toBe('A second harvest paid for the roof');
  });

  it('pays no deck\'s cost under a name that opens in lower case', () => {
    const under = (name: string) => scores([['Menu', 'short'], [name, 'short'], ['A second harvest paid for the roof', 'short'], ['By Jane Roe', 'short'], ['March 3, 2025', 'bad'], ...PARAGRAPHS]).get(2)!;
    expect(under('from rice farmers')).toBeGreaterThan(under('From Rice Farmers') + 0.2);
  });

  it('leaves a short headline right over its deck the deck\'s headline (the deck pays its cost)', () => {
    const s = scores([['Menu', 'short'], ['Two Rice Harvests', 'short'], ['New seed lets the valley farmers harvest twice', 'short'], ['By Jane Roe', 'short'], ['March 3, 2025', 'bad'], ...PARAGRAPHS]);
    const alone = scores([['Menu', 'short'], ['Subscribe', 'bad'], ['New seed lets the valley farmers harvest twice', 'short'], ['By Jane Roe', 'short'], ['March 3, 2025', 'bad'], ...PARAGRAPHS]);
    expect(s.get(2)!).toBeLessThan(alone.get(2)! - 0.2);
  });
});
