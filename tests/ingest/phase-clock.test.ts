/**
 * The phase marks the ingest leaves for scripts/bench/html-phases.ts (lib/phase-clock.ts): without a
 * clock they do nothing and say nothing; with one, a saved page's ingest passes through its phases in
 * order, the whole page built on first use hands the clock back to the phase that asked for it, and the
 * record is the same as without a clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { phase, setPhaseClock } from '../../scripts/ingest/lib/phase-clock.ts';
import { processArticle } from '../../scripts/ingest/pipeline.ts';
import { Report } from '../../scripts/ingest/report.ts';

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Harbour lamps relit | Quay Post</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour lamps relit after forty years</h1>
<p>The old lamps along the harbour wall were lit again on Friday evening, forty years after the council switched them off to save money.</p>
<p>Volunteers spent two winters cleaning the glass and rewiring each post by hand, working from drawings kept in the town archive.</p>
<p>Residents gathered on the quay to watch, and many said the light looked warmer than the street lamps that replaced them.</p>
</article><aside><p>May 25, 2023</p></aside><footer><p>Quay Post</p></footer></body></html>`;

const bytes = () => new TextEncoder().encode(PAGE);

afterEach(() => setPhaseClock(null));

describe('phase clock', () => {
  it('is silent without a clock', () => {
    expect(phase('html:decode')).toBe('');
  });

  it('hands back the phase it ends, so a nested step can return to it', () => {
    let current = 'start';
    setPhaseClock((next) => {
      const ended = current;
      current = next;
      return ended;
    });
    expect(phase('outer')).toBe('start');
    const outer = phase('inner');
    expect(outer).toBe('outer');
    phase(outer);
    expect(current).toBe('outer');
  });

  it("marks a saved page's phases in order and changes nothing of its record", () => {
    const plain = processArticle('lamps.html', bytes(), [], new Report('lamps.html'));
    const marks: string[] = [];
    setPhaseClock((next) => {
      const ended = marks.at(-1) ?? '';
      marks.push(next);
      return ended;
    });
    const timed = processArticle('lamps.html', bytes(), [], new Report('lamps.html'));
    setPhaseClock(null);
    expect(timed).toEqual(plain);
    const order = ['html:decode', 'html:prune', 'html:readability', 'html:furniture', 'html:fields', 'text:language', 'text:dedupe', 'text:metadata', 'text:record'];
    const at = order.map((name) => marks.indexOf(name));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The page's fields give no date: its shown text is read, and the clock handed back after it.
    const shown = marks.indexOf('text:shown-text');
    expect(shown).toBeGreaterThan(marks.indexOf('text:shown-date'));
    expect(marks[shown + 1]).toBe('text:shown-date');
  });
});
