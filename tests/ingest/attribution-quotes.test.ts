/**
 * outsideQuotes (lib/facts/attribution.ts) blanks quoted spans in runs: the same text as blanking one
 * character at a time, on quotes of every kind, sentences opening inside a quotation, and astral
 * characters.
 */
import { describe, expect, it } from 'vitest';
import { outsideQuotes } from '../../scripts/ingest/lib/facts/attribution.ts';

/** The character-at-a-time reference. */
function reference(sentence: string, startsOpen = false): string {
  let open = startsOpen;
  let out = '';
  for (const ch of sentence) {
    const isQuote = ch === '“' || ch === '”' || ch === '"';
    if (ch === '“') open = true;
    else if (ch === '"') open = !open;
    out += open || isQuote ? ' '.repeat(ch.length) : ch;
    if (ch === '”') open = false;
  }
  return out;
}

describe('outsideQuotes', () => {
  it('blanks what the character-at-a-time reference blanks', () => {
    const fixed = ['', 'No quotes here.', '"Straight," he said.', '“Curly” and "straight" and “unclosed', 'He said ”closing first“ then', '😀 “quoted 😀 emoji” 😀', '"', '“', '”', '""', 'a"b"c"d'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['a', ' ', '“', '”', '"', '😀', 'said', ',', 'é'];
    for (let i = 0; i < 2000; i++) fixed.push(Array.from({ length: Math.floor(random() * 20) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
    for (const s of fixed) {
      expect(outsideQuotes(s), s).toBe(reference(s));
      expect(outsideQuotes(s, true), s).toBe(reference(s, true));
    }
  });
});
