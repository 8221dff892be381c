/**
 * A headline that ends on an initialism ("… for U.S.", "… in D.C.") ends on its dot, which is no full
 * stop: it pays no caption's or standfirst's cost. A sentence's own full stop still does. Made-up fixtures.
 */
import { describe, expect, it } from 'vitest';
import { scoreHeadlineCandidates } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { BODY, type ClassedLine } from './headline-fixture.ts';

/** The score of line 1, a candidate over "Story Highlights" and the run. */
function scoreOf(candidate: string): number {
  const page: ClassedLine[] = [['Menu', 'short'], [candidate, 'short'], ['Story Highlights', 'short'], ...BODY.split('\n\n').map((p): ClassedLine => [p, 'good'])];
  const lines = page.map(([l]) => l);
  const language = detectLanguage(lines.join('\n'));
  const blocks = page.map(([l, cls]) => ({ features: blockFeatures(l, language), cls }));
  const start = blocks.findIndex((b) => b.cls === 'good');
  return scoreHeadlineCandidates(lines, blocks, start, lines.length - 1, language).find((c) => c.index === 1)!.score;
}

describe('a headline ending on an initialism', () => {
  it('pays no full stop\'s cost', () => {
    expect(scoreOf('Valley rice farmers harvest twice, a first for U.S.')).toBeGreaterThan(scoreOf('Valley rice farmers harvest twice, a first for US') - 0.05);
  });

  it('leaves a sentence\'s full stop its cost', () => {
    expect(scoreOf('Valley rice farmers harvest twice, a first for us.')).toBeLessThan(scoreOf('Valley rice farmers harvest twice, a first for us') - 0.2);
  });
});
