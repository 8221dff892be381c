/**
 * A line of text size controls with many marks in a row ("Text size AAAA…x"). The rule read the
 * marks as one- or two-mark steps, so a line that was not all marks was tried in every split of the
 * run (exponential): 38 capitals took 3 s of CPU, each one more 1.6 times as long. It now reads the
 * run once, and still takes the same lines.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article } from './helpers.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

describe('a line of text size controls with a long run of marks', () => {
  it('is read in well under 1 s of CPU through the whole pipeline', () => {
    const line = `Text size ${'A'.repeat(60)}x`;
    let body = '';
    const used = cpuSeconds(() => {
      body = article(`Joint laboratories open in Beijing\n${line}\nMarch 3, 2024\n${PROSE_BEFORE}\n${PROSE_AFTER}\n${line}`).body;
    });
    expect(body).toContain(PROSE_AFTER);
    expect(used).toBeLessThan(1);
  }, 600_000);

  it('still takes the controls it took, and no other line', () => {
    for (const line of ['Text size', 'Font size: A A+ A-', 'Adjust font size small medium large', 'text size -A +A', 'A A+ A-', 'Text size Small Medium Large']) expect(chromeRuleOf(line)?.id, line).toBe('font-size');
    for (const line of ['Text size AAAx', 'Font size matters', 'Text size: extra large']) expect(chromeRuleOf(line)?.id, line).not.toBe('font-size');
  });
});
