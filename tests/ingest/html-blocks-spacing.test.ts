/**
 * The block walker's whitespace (lib/html/article/html-blocks.ts) skips replaces that would change nothing: the
 * text must be exactly what the replaces give, on whitespace of every kind.
 */
import { describe, expect, it } from 'vitest';
import { singleSpaced, spacedLines } from '../../scripts/ingest/lib/html/article/html-blocks.ts';

const PIECES = ['', ' ', '  ', '\n', ' \n', '\n ', ' \n ', '\n\n', '\t', '\r', '\f', '\v', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', 'a', 'b c', 'é', '中文'];

/** Every string of up to three pieces. */
function* strings(): Generator<string> {
  for (const a of PIECES) for (const b of PIECES) for (const c of PIECES) yield a + b + c;
}

describe('spacing in the block walker', () => {
  it('makes every run of whitespace one space, as the replace does', () => {
    for (const text of strings()) expect(singleSpaced(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' '));
  });

  it('returns a text with single spaces only as it is', () => {
    const text = 'one two three, four';
    expect(singleSpaced(text)).toBe(text);
  });

  it('spaces a block\'s lines as the replaces and the trim do', () => {
    for (const text of strings()) expect(spacedLines(text), JSON.stringify(text)).toBe(text.replace(/[ \t\r\f\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim());
  });
});
