/**
 * utf8Pieces (lib/html/read/html-charset.ts) finds runs of ASCII four bytes at a time where the bytes
 * lie on a word boundary of their buffer: the same pieces as the byte-by-byte reading, whatever the
 * bytes' offset in their buffer, their length and where their non-ASCII bytes fall.
 */
import { describe, expect, it } from 'vitest';
import { utf8Pieces } from '../../scripts/ingest/lib/html/read/html-charset.ts';

const UTF8 = new TextDecoder('utf-8');
const UTF8_KEEPING_BOM = new TextDecoder('utf-8', { ignoreBOM: true });
const ASCII_RUN = 256;

/** The reading as it was, byte by byte. */
function reference(bytes: Uint8Array, startsText = true): string[] {
  const pieces: string[] = [];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const utf8 = (from: number, to: number) => (from === 0 && startsText ? UTF8 : UTF8_KEEPING_BOM).decode(bytes.subarray(from, to));
  const end = bytes.length;
  let pending = 0;
  let i = 0;
  while (i < end) {
    const run = i;
    while (i < end && bytes[i] < 0x80) i++;
    if (i - run >= ASCII_RUN) {
      if (run > pending) pieces.push(utf8(pending, run));
      pieces.push(buffer.toString('latin1', run, i));
      pending = i;
    }
    while (i < end && bytes[i] >= 0x80) i++;
  }
  if (pending < end || (startsText && pieces.length === 0)) pieces.push(utf8(pending, end));
  return pieces;
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('utf8Pieces read a word at a time', () => {
  it('gives the pieces of the byte-by-byte reading at every offset and length', () => {
    const next = random(40);
    const backing = new Uint8Array(4096);
    for (let round = 0; round < 3000; round++) {
      const offset = Math.floor(next() * 8);
      const length = Math.floor(next() * (round % 10 === 0 ? 3000 : 700));
      // Long ASCII stretches with a few non-ASCII bytes (and sequences) dropped in, as a page is.
      const rate = [0, 0.001, 0.01, 0.2][Math.floor(next() * 4)];
      for (let i = 0; i < offset + length; i++) backing[i] = next() < rate ? 0x80 + Math.floor(next() * 0x80) : Math.floor(next() * 0x80);
      const bytes = backing.subarray(offset, offset + length);
      const startsText = next() < 0.5;
      expect(utf8Pieces(bytes, [], startsText)).toEqual(reference(bytes, startsText));
    }
  });

  it('reads a Buffer from the shared pool and an empty one alike', () => {
    const page = Buffer.from(`${'a'.repeat(300)}é${'b'.repeat(5)}€${'c'.repeat(1000)}\u00ff`, 'utf8');
    for (let cut = 0; cut < 8; cut++) expect(utf8Pieces(page.subarray(cut))).toEqual(reference(page.subarray(cut)));
    expect(utf8Pieces(new Uint8Array(0))).toEqual(reference(new Uint8Array(0)));
  });
});
