/**
 * Shares of unrelated things are no measure: every "N%" is keyed "per cent", so a site built from real
 * pages charted "80% of the participants" (a diet report) and "a 64% increase in email revenue" (an
 * agency's guide) as one measure, and its briefing said "Per cent: 80 (29 March 2025), then 64 (17
 * August 2025)". A bare share gets no page of its own (it stays in its article and the API); a counted
 * measure, and a share a person states twice, are unchanged otherwise.
 */
import { describe, expect, it } from 'vitest';
import { hasFigurePage, isBareShare } from '../../src/lib/data/figures.ts';
import type { Series } from '../../src/lib/data/site-data.ts';

const point = (article: string, value: number, speaker: string | null = null) => ({
  article, paragraph: 'p-1', sentence: `${value} …`, value, upper: null, qualifier: null, text: `${value}%`, date: '2025-03-29', speaker,
});
const series = (label: string, unit: string, points: ReturnType<typeof point>[]) => ({ id: label.replace(/ /g, '-'), label, unit, points }) as unknown as Series;

describe('a bare share is no measure with a page', () => {
  it('shares from two reports, or said by someone, get no page', () => {
    expect(hasFigurePage(series('per cent', 'per cent', [point('diet-tips', 80), point('agency-guide', 64)]))).toBe(false);
    expect(hasFigurePage(series('per cent', 'per cent', [point('budget', 10, 'wang-zhigang')]))).toBe(false);
    expect(isBareShare({ label: 'per cent', unit: 'per cent' })).toBe(true);
  });

  it('a counted measure stated in two reports keeps its page', () => {
    expect(hasFigurePage(series('joint laboratories', 'joint laboratories', [point('a', 33), point('b', 40)]))).toBe(true);
    expect(isBareShare({ label: 'countries and regions (cooperation relations with …)', unit: 'countries and regions' })).toBe(false);
  });
});
