import { describe, expect, it } from 'vitest';
import { copyShortfall } from '../../scripts/bench/extract/census/copy-shortfall.ts';

// A template's blurb the page says under each of two items; the truth keeps both copies.
const BLURB = 'Every webcam here is run by the valley trust and its volunteers';
const PAGE = ['North rim webcam', BLURB, 'South rim webcam', BLURB].join('\n');

describe('copyShortfall (the truth\'s copies a body holds too few times)', () => {
  it('counts each copy the body dropped, once per shingle', () => {
    const body = ['North rim webcam', BLURB, 'South rim webcam'].join('\n\n');
    const r = copyShortfall(PAGE, body, PAGE);
    // Shingles run across lines: the blurb's own 9, and the 2 it shares with the item's name before it
    // ("rim webcam Every webcam", "webcam Every webcam here"), stand twice in the truth and once in the body.
    expect(r.missed).toBe(11);
    expect(r.truth).toBe(30 - 3);
    expect([...r.short.values()].every((n) => n === 1)).toBe(true);
  });

  it('counts nothing when the body keeps every copy', () => {
    expect(copyShortfall(PAGE, PAGE, PAGE).missed).toBe(0);
  });

  it('counts only the copies the page itself shows (a copy the seed never held no rule could keep)', () => {
    const shownOnce = ['North rim webcam', BLURB, 'South rim webcam'].join('\n');
    expect(copyShortfall(PAGE, shownOnce, shownOnce).missed).toBe(0);
  });

  it('leaves text the body lacks altogether to lost-lines (no copy of it is held)', () => {
    const r = copyShortfall(PAGE, 'North rim webcam', PAGE);
    expect(r.missed).toBe(0);
  });
});
