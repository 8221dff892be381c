/**
 * A line of thousands of dots, or one word of thousands of letters, in a text seed. Four patterns
 * anchored at the end or starting with a run ("[.!?]+$" for a sentence's closing marks, the cut
 * title's "...", a figure's trailing punctuation, the sentence splitter's break) were tried from every
 * dot of the run and scanned the rest of it from each: 50,000 dots took 42 s of CPU. They now start
 * only where a run starts (a lookbehind), matching what they matched. A 50,000-letter word in lower
 * case was tried as a user name and made a pattern too large to compile: the page failed. A user name
 * is at most 39 characters.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const RUN = 20_000;
const page = (line: string) => `Joint laboratories open in Beijing\n${line}\nMarch 3, 2024\n${PROSE_BEFORE}\n${PROSE_AFTER}\n${PROSE_BEFORE} Again.`;

describe('a text seed with a long run of dots or letters', () => {
  it('a line of dots after a few words is read in well under 2 s of CPU', () => {
    let body = '';
    const used = cpuSeconds(() => {
      body = article(page(`Joint laboratories open${'.'.repeat(RUN)}x`)).body;
    });
    expect(used).toBeLessThan(2);
    expect(body).toContain(PROSE_AFTER);
  }, 300_000);

  it('one word of letters is no user name and fails nothing', () => {
    let body = '';
    const used = cpuSeconds(() => {
      body = article(page(`${'a'.repeat(5 * RUN)}1`)).body;
    });
    expect(used).toBeLessThan(2);
    expect(body).toContain(PROSE_AFTER);
  }, 300_000);

  it('still cuts what it cut: closing marks, a cut title, a user name', () => {
    expect(article(page('Anna Berg')).record.title).toBe('Joint laboratories open in Beijing');
    expect(article(`Joint laboratories open...\nkestrelwrites\nMarch 3, 2024\n${PROSE_BEFORE}\n${PROSE_AFTER}`).record.author).toBe('kestrelwrites');
  });
});
