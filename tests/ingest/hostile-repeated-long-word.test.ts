/**
 * A word of 100,000 letters on a line of its own, repeated down the article. Whether a short repeated
 * line is a label over items ("Pros:") was read with a pattern tried from every letter of the word and
 * scanning the rest from each: seven copies of 100,000 took 7 s of CPU. The label is now read once per line.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

describe('a line of one long word repeated down an article', () => {
  it('is read in well under 1 s of CPU', () => {
    const word = `A${'a'.repeat(100_000)}x`;
    const text = ['Joint laboratories open in Beijing', PROSE_BEFORE, word, PROSE_AFTER, word, `${PROSE_BEFORE} Again.`, word, `${PROSE_AFTER} Again.`, word, `${PROSE_BEFORE} Once more.`, word, word].join('\n');
    let body = '';
    const used = cpuSeconds(() => {
      body = article(text).body;
    });
    expect(body).toContain(PROSE_AFTER);
    expect(used).toBeLessThan(1);
  }, 300_000);

  it('still keeps a repeated label over items', () => {
    const items = ['Pros:', 'The kit packs small and sets up in minutes on rough ground.', 'Pros:', 'The frame is light enough to carry on a long walk in the hills.', 'Pros:', 'The seams held through two nights of heavy rain at the coast.'];
    const body = article(['Three tents tested in the rain', PROSE_BEFORE, ...items, PROSE_AFTER].join('\n')).body;
    expect(body.split('\n').filter((l) => l === 'Pros:').length).toBe(3);
  });
});
