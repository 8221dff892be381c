/**
 * A page's statistics ("Comments:" over "1664", with "Kudos:", "Hits:"): counters, not the heading
 * of a comment section, which would be a wall the run never crosses. Used by ../../main-text.ts on
 * the lines' features, before they are classed.
 */
import type { BlockFeatures } from '../../../lib/page-text/lines/block-features.ts';

/**
 * "Comments:" over "1664" is a statistic of the page (with "Kudos:", "Hits:"), not the heading of
 * its comment section.
 */
export function statLabelsAreCounters(lines: string[], features: BlockFeatures[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (features[i].commentMark && STAT_VALUE.test(lines[i + 1])) features[i] = { ...features[i], commentMark: false, counter: true };
  }
}
const STAT_VALUE = /^\d[\d,.\s]*$/;
