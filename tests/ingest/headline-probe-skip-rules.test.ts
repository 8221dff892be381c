/**
 * The bench's listener on the headline chooser (headline-probe.ts) is told, for each line the scorer
 * weighed and left unscored, the rule that left it: headline-loss-stages.ts counts the lost headlines
 * by that rule. Unset, the chooser picks as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';
import { setHeadlineProbe, type HeadlineCall } from '../../scripts/ingest/lib/page-text/headline/headline-probe.ts';

afterEach(() => setHeadlineProbe(null));

/** The rule each line of `page` was skipped by, on the chooser's first call. */
function skipsOf(page: string): { title: string | null | undefined; skips: Map<string, string> } {
  const calls: HeadlineCall[] = [];
  setHeadlineProbe((call) => calls.push(call));
  const title = titleOf(page);
  setHeadlineProbe(null);
  const skips = new Map<string, string>();
  for (const [i, rule] of calls[0].skipped) skips.set(calls[0].lines[i], rule);
  return { title, skips };
}

describe('the headline probe', () => {
  it('names the rule that skipped a caption over its photo credit', () => {
    const page = `Menu\nWorld\nA quiet revolution in the valley\nFarmers harvest rice in a field near the village\nJohn Doe/Agency\n${BODY}`;
    const { title, skips } = skipsOf(page);
    expect(title).toBe('A quiet revolution in the valley');
    expect(skips.get('Farmers harvest rice in a field near the village')).toBe('over-credit');
  });

  it('names the rule that skipped a label sharing no word with the article', () => {
    const page = `Menu\nWorld\nHarbour Tides Weekly Bulletin\nA quiet revolution in the valley rice\n${BODY}`;
    const { skips } = skipsOf(page);
    expect(skips.get('Harbour Tides Weekly Bulletin')).toBe('no-shared-words');
  });

  it('leaves the scored lines out of the skipped ones', () => {
    const page = `Menu\nWorld\nA quiet revolution in the valley\nBy Jane Roe\nMarch 3, 2025\n${BODY}`;
    const calls: HeadlineCall[] = [];
    setHeadlineProbe((call) => calls.push(call));
    titleOf(page);
    for (const { index } of calls[0].scored) expect(calls[0].skipped.has(index)).toBe(false);
    expect(calls[0].scored.length).toBeGreaterThan(0);
  });
});
