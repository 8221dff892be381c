/**
 * One element with tens of thousands of children: Readability's small DOM keeps a node's children in a
 * plain array, and every node it removes or moves is found in that array and spliced out of it, so
 * emptying a run of siblings one by one cost the square of their number (60,000 empty paragraphs
 * before the article: minutes). Each shape below reads as the page it wraps, in linear time: twice
 * the siblings, at most about twice the CPU, and the larger well under 2 s.
 */
import { expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const HEADLINE = 'Ferry line to the island reopens';
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body>${body}</body></html>`;
const prose = `<p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p>`;

const SHAPES: Record<string, (n: number) => string> = {
  // Readability removes every empty paragraph, last first.
  'empty paragraphs': (n) => page(`<article><h1>${HEADLINE}</h1>${'<p></p>'.repeat(n)}${prose}</article>`),
  // Readability removes each <br> after the first of a run.
  'line breaks': (n) => page(`<article><h1>${HEADLINE}</h1><p>${PROSE_BEFORE}${'<br>'.repeat(n)}${PROSE_AFTER}</p></article>`),
  // With no candidate better than <body>, Readability moves every child of <body> into its own box.
  'headings in the body': (n) => page(`${prose}${'<h4>Timetable</h4>'.repeat(n)}`),
};

it.each(Object.keys(SHAPES))('%s: read in linear time, the prose kept', (name) => {
  const run = (n: number) => {
    const bytes = new TextEncoder().encode(SHAPES[name](n));
    let outcome: ReturnType<typeof processSeed> | undefined;
    const seconds = cpuSeconds(() => {
      outcome = processSeed('wide.html', bytes, []);
    });
    return { seconds, texts: outcome!.record?.paragraphs.map((p) => p.text) ?? [outcome!.skip] };
  };
  run(2_000);
  const small = run(15_000);
  const large = run(30_000);
  expect(large.texts.join('\n')).toContain(PROSE_AFTER);
  expect(large.seconds).toBeLessThan(2);
  expect(large.seconds).toBeLessThan(3 * small.seconds + 0.2);
}, 60_000);
