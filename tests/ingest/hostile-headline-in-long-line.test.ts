/**
 * A paragraph that quotes the headline inside its sentences thousands of times (a broken save that
 * ran one paragraph into a megabyte line, a page that repeats its teaser). Dedupe takes a copy of the
 * headline out only where it stands outside a sentence, and asks that of the text before each copy:
 * asked of all the text so far, each time, a long paragraph took time in the square of its length
 * (found by the seed fuzz campaign: a 5 MB line of one seed hung past 60 s). Every fixture is written
 * for the test.
 */
import { expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const HEADLINE = 'Harbour board reopens the north pier at Eastwick';
const QUOTING = `Fishermen said that ${HEADLINE} was the news they had waited three years for, and the town agreed. `;

it('the headline quoted inside the sentences of a 1.5 MB line: read in linear time, every sentence kept', () => {
  const line = QUOTING.repeat(Math.ceil(1_500_000 / QUOTING.length));
  const text = [HEADLINE, '', PROSE_BEFORE, '', line, '', PROSE_AFTER, ''].join('\n');
  let outcome: ReturnType<typeof processSeed> | undefined;
  const seconds = cpuSeconds(() => (outcome = processSeed('a.txt', new TextEncoder().encode(text), [])));
  expect(seconds).toBeLessThan(6);
  expect(outcome!.record!.title).toBe(HEADLINE);
  // A copy inside a sentence is the sentence's own: none is taken out.
  const body = outcome!.record!.paragraphs.map((p) => p.text).join('\n');
  expect(body.split(HEADLINE).length - 1).toBeGreaterThan(0);
}, 300_000);
