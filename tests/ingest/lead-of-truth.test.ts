import { describe, expect, it } from 'vitest';
import { isHeadingLike, leadOf } from '../../scripts/bench/extract/census/lead-of-truth.ts';

// Fixtures written for this test.
describe('lead-kept census: the opening a full truth body gives', () => {
  it('skips a first line repeating the headline, and heading-like lines, to the first sentence', () => {
    const truth = 'Rain Returns to the Valley\nWhat the Farmers Say\nThe first rain in four months fell on Tuesday, and the wells began to fill.\nMore text.';
    expect(leadOf(truth, 'Rain Returns to the Valley', 6)).toBe('The first rain in four months');
  });

  it('keeps a standfirst that ends on a stop, and headings with keepHeadings', () => {
    const truth = 'A town waits for water.\nThe first rain fell on Tuesday.';
    expect(leadOf(truth, null, 4)).toBe('A town waits for');
    expect(leadOf('What the Farmers Say\nThe first rain fell.', null, 3, true)).toBe('What the Farmers');
  });

  it('never skips the last line, so a truth of one heading still has a lead', () => {
    expect(leadOf('Only a Heading Here', null, 3)).toBe('Only a Heading');
  });

  it('a heading is short and has no closing stop; a long line without one is prose', () => {
    expect(isHeadingLike('Die wichtigsten Neuigkeiten im Überblick')).toBe(true);
    expect(isHeadingLike('Der Hafen ist wieder offen.')).toBe(false);
    expect(isHeadingLike('「港が再開」')).toBe(true);
    expect(isHeadingLike(Array.from({ length: 25 }, (_, i) => `word${i}`).join(' '))).toBe(false);
  });
});
