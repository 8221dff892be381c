/** The snippet set's scoring, as trafilatura's evaluation counts passages. */
import { describe, expect, it } from 'vitest';
import { countSnippets, snippetScores } from '../../scripts/bench/extract/snippet-score.ts';

describe('passage scoring', () => {
  const truth = { with: ['The council  agreed\non the plan.', 'Funding starts in May.'], without: ['Subscribe now', 'All rights reserved'] };

  it('finds passages whatever the whitespace, and counts what is missing and what leaked', () => {
    expect(countSnippets(truth, 'Intro. The council agreed on the plan.\n\nSubscribe now')).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
    expect(countSnippets(truth, '')).toEqual({ tp: 0, fp: 0, fn: 2, tn: 2 });
  });

  it('pools the passages of all pages before taking precision and recall', () => {
    const s = snippetScores([
      { tp: 2, fp: 0, fn: 0, tn: 2 },
      { tp: 0, fp: 2, fn: 2, tn: 0 },
    ]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBe(0.5);
    expect(s.accuracy).toBe(0.5);
  });
});
