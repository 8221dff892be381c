/**
 * Dedupe recall: a paragraph that says something new may repeat a sentence the article said before
 * (an answer of the FAQ restating the text, each item of a guide giving the same advice): the
 * author wrote it there, and it stays. A pull quote (a paragraph of nothing but the copied sentence)
 * and a copy glued inside the same paragraph still go. Written here; the first case failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const HEADLINE = 'How to Keep Basil Alive on a Windowsill';
const ADVICE = 'Water the pot only when the top of the soil feels dry to the touch.';
const P1 = `Basil wants six hours of sun a day, so the brightest window of the house is the one to choose. ${ADVICE}`;
const P2 = 'Pinch out the flower buds as soon as they show, because a plant that flowers stops growing new leaves within a few weeks.';
const FAQ_Q = 'How often should I water basil on a windowsill?';
const FAQ_A = `Most growers in a warm flat water every two or three days in summer and once a week in winter. ${ADVICE}`;

const body = (paragraphs: string[]) => article([HEADLINE, 'By Ann Lee', ...paragraphs].join('\n\n'));
const text = (r: ReturnType<typeof body>) => r.record.paragraphs.map((p) => p.text).join('\n');

describe('dedupe: a sentence the article restates', () => {
  it('keeps a sentence repeated inside a paragraph that says something new', () => {
    const r = body([P1, P2, 'Frequently asked questions', FAQ_Q, FAQ_A]);
    expect(text(r).split(ADVICE)).toHaveLength(3);
    expect(rules(r.report)).not.toContain('repeated-sentence');
  });

  it('still drops a pull quote that only repeats a sentence', () => {
    const r = body([P1, ADVICE, P2]);
    expect(text(r).split(ADVICE)).toHaveLength(2);
  });

  it('still drops a copy glued inside the same paragraph', () => {
    const r = body([`${P2} ${P1} ${P2}`]);
    expect(text(r).split(P2)).toHaveLength(2);
  });
});
