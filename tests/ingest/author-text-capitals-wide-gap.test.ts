/**
 * The text path's byline in capitals whose name the page writes nowhere else in mixed case, then the
 * outlet after a wide gap ("TESSA LUND   HARBOR GAZETTE": two elements of the row, innerText leaves the
 * spaces between them): the gap says where the name ends, and the outlet is cut. Without a gap the
 * words run on as one byline, and nothing is cut ("TESSA LUND HARBOR GAZETTE" tells no end).
 */
import { describe, expect, it } from 'vitest';
import { bylineInCapitals } from '../../scripts/ingest/lib/bylines/byline-in-capitals.ts';

const page = (line: string) => `Menu\nThe new bridge over the river comes next year\n${line}\n\nThe council voted on Tuesday to fund a second crossing. Read the full story of the river now, here.`;

describe('text bylines: a name in capitals, then the outlet after a wide gap', () => {
  it('"TESSA LUND   HARBOR GAZETTE", "BY IVO BRANDT\\tTHE DAILY STAR"', () => {
    expect(bylineInCapitals('TESSA LUND HARBOR GAZETTE', page('TESSA LUND   HARBOR GAZETTE'))).toEqual({ byline: 'Tessa Lund', cut: 'HARBOR GAZETTE' });
    expect(bylineInCapitals('BY IVO BRANDT THE DAILY STAR', page('BY IVO BRANDT\tTHE DAILY STAR'))?.byline).toBe('BY Ivo Brandt');
  });

  it('no gap, or a gap inside what is no name, cuts nothing', () => {
    expect(bylineInCapitals('TESSA LUND HARBOR GAZETTE', page('TESSA LUND HARBOR GAZETTE'))).toBeNull();
    expect(bylineInCapitals('READ THE FULL STORY NOW HERE', page('READ THE FULL STORY   NOW HERE'))).toBeNull();
  });
});
