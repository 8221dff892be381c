/**
 * Dates a page gets wrong: placeholder stamps (2099-12-31, 1900-01-01) are flagged as implausible in
 * the report and kept out of the timeline chart's range; stamps that are no calendar day (February 30,
 * February 29 in 2021) are reported invalid and not published as the article's first paragraph.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../scripts/ingest/run.ts';
import { plausibleRange } from '../../scripts/ingest/lib/dates/plausible-dates.ts';
import { layoutTimeline } from '../../src/lib/charts/timeline-chart.ts';
import { article, rules } from './helpers.ts';
import { ingestProject } from './cli-project.ts';
import { tempTrees } from '../helpers/temp-tree.ts';

const trees = tempTrees('dates-');
afterAll(trees.cleanup);

const BODY = 'China will build 30 more joint laboratories with partner countries, the science minister said at a press conference on research cooperation.';
const story = (stamp: string, title: string, speaker = 'Li Ming') =>
  `${stamp}\n\n${title}\n\n${BODY}\n\nThe laboratories will study climate change and clean energy, ${speaker} said.`;

describe('invalid calendar dates', () => {
  for (const stamp of ['2021-02-29', 'Published: February 30, 2021', '2021/04/31 10:00']) {
    it(`reports "${stamp}" as invalid and does not publish it as text`, () => {
      const { record, report } = article(story(stamp, 'Labs will grow'));
      expect(record.date).toBeNull();
      expect(rules(report)).toContain('invalid-date');
      expect(record.title).toBe('Labs will grow');
      expect(record.paragraphs[0].text).toBe(BODY);
    });
  }
});

describe('implausible dates', () => {
  it('sets the plausible range from the data: a floor of 1950, then the first gap of more than ten years above the median', () => {
    expect(plausibleRange(['2099-12-31'])).toEqual({ from: '1950-01-01', to: null });
    expect(plausibleRange(['2019-01-01', '2020-05-01', '2023-02-24', '2099-12-31', '2099-12-31'])).toEqual({ from: '1950-01-01', to: '2023-12-31' });
    const everyYear = Array.from({ length: 30 }, (_, i) => `${1995 + i}-06-01`);
    expect(plausibleRange(everyYear).to).toBeNull();
  });

  it('flags placeholder stamps in the report, marks their events, and keeps the others unmarked', async () => {
    const seeds: Record<string, string> = {
      'a.txt': story('2020-10-30', 'Labs will grow', 'Li Ming'),
      'b.txt': story('2021-06-04', 'Network opens', 'Wang Wei'),
      'c.txt': story('2023-02-24', 'Partners join', 'Zhao Gang'),
      'future.txt': story('2099-12-31', 'Placeholder in the future', 'Chen Hua'),
      'past.txt': story('1900-01-01', 'Placeholder in the past', 'Sun Li'),
    };
    const { root, seedsDir } = ingestProject(trees, { seeds });
    const result = await runIngest({ root, seedsDir });
    const flagged = result.entries.filter((e) => e.rule === 'implausible-date').map((e) => e.seed).sort();
    expect(flagged).toEqual(['future.txt', 'past.txt']);
    const events = JSON.parse(readFileSync(join(root, 'content', 'data', 'events.json'), 'utf8')).events as { date: string; plausible?: boolean }[];
    expect(events.filter((e) => e.plausible === false).map((e) => e.date).sort()).toEqual(['1900-01-01', '2099-12-31']);
    expect(events.filter((e) => e.plausible !== false)).toHaveLength(3);
  });

  it('draws no negative width when a mentioned year only touches the edge of a long range', () => {
    const layout = layoutTimeline({
      firstMonth: '1900-12', lastMonth: '2099-12', totals: new Map([['2020-03', 1]]), idPrefix: 't',
      lanes: [{ key: 'm', label: 'Mentioned', index: null, counts: new Map(), years: new Map([['1900', 1], ['2020', 2]]), noun: ['date', 'dates'] }],
    });
    const widths = layout.lanes.flatMap((l) => l.spans.map((s) => s.w));
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.every((w) => w >= 1)).toBe(true);
  });
});
