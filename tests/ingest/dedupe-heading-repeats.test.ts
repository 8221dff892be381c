/**
 * Dedupe recall: a heading the article repeats as the first sentence of the paragraph under it
 * ("1. Start slow and accept that nobody is keeping score" over "Start slow and accept that nobody
 * is keeping score. The early days…") is the article's own text twice, not a scraper's copy. The
 * paragraph keeps its sentence; a third copy (a body pasted again) is still taken out. Written here;
 * failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const INTRO = 'Building an audience online takes patience, and most people who try it give up in the first few months, long before the work starts to pay off.';
const INTRO2 = 'Read on for three tips that will help you build a firm foundation, so that the courses and the offers you plan later feel like a natural next step.';
const TIPS = [
  ['1. Start slow and accept that nobody is keeping score', 'Start slow and accept that nobody is keeping score. The first months are the right time to try things that feel awkward, because the audience is still tiny.'],
  ['2. Publish on a schedule you can keep for a year', 'Publish on a schedule you can keep for a year. A weekly post that always comes beats a daily post that stops after a month, and readers notice the difference.'],
  ['3. Answer every reply in your first hundred posts', 'Answer every reply in your first hundred posts. The people who write back are the ones who will tell their friends about you when the time comes.'],
];

function page(extra = ''): string {
  return ['How to Build an Audience From Nothing', 'By Jane Smith', INTRO, INTRO2, ...TIPS.flat(), extra].filter(Boolean).join('\n\n');
}

describe('dedupe: a heading repeated by the paragraph under it', () => {
  it('keeps the paragraph whole under its heading', () => {
    const body = article(page()).record.paragraphs.map((p) => p.text);
    for (const [heading, paragraph] of TIPS) {
      expect(body).toContain(heading);
      expect(body).toContain(paragraph);
    }
  });

  it('still takes out a further copy of that sentence', () => {
    const again = 'Start slow and accept that nobody is keeping score. That is the whole secret of the first year, and it is the one most people forget.';
    const { record, report } = article(page(again));
    const text = record.paragraphs.map((p) => p.text).join('\n');
    expect(text.match(/Start slow and accept that nobody is keeping score\./g)).toHaveLength(1);
    expect(report.entries.some((e) => e.rule === 'repeated-sentence' && e.text?.startsWith('Start slow'))).toBe(true);
  });
});
