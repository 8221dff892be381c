/**
 * Mutations of a real page's bytes (the saved HTML or its innerText): what a broken download, a bad
 * disk, a careless editor or a hostile page does to a file. Each takes the page, a second page (for
 * splicing) and the case's PRNG, and returns new bytes; none reads the clock.
 */
import type { Prng } from './prng.ts';

export type Mutation = (bytes: Uint8Array, other: Uint8Array, rng: Prng) => Uint8Array;

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
const fromLatin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/** Every tag's [start, end) in the page (a '<' a letter or '/' opens one, the next '>' closes it). */
function tagSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/<\/?[a-zA-Z][^<>]{0,2000}>/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Rebuilds `text` with the chosen tags removed (times 0) or written twice (times 2). */
function retag(text: string, rng: Prng, times: 0 | 2, share: number): string {
  const spans = tagSpans(text);
  // Most often a share of all tags at random; else every tag of one name (all </div>, all <p ...>).
  const name = rng.next() < 0.5 && spans.length ? tagName(text, spans[rng.int(spans.length)]) : null;
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    const chosen = name ? tagName(text, [start, end]) === name : rng.next() < share;
    if (!chosen) continue;
    out += text.slice(at, start) + (times === 2 ? text.slice(start, end).repeat(2) : '');
    at = end;
  }
  return out + text.slice(at);
}
const tagName = (text: string, [start]: [number, number]) => /^<\/?([a-zA-Z][\w:-]*)/.exec(text.slice(start, start + 40))?.[0].toLowerCase() ?? '';

export const MUTATIONS: Record<string, Mutation> = {
  truncate: (bytes, _, rng) => bytes.subarray(0, rng.int(bytes.length + 1)),
  'truncate-early': (bytes, _, rng) => bytes.subarray(0, rng.int(Math.min(bytes.length, 4096) + 1)),
  splice: (bytes, other, rng) => concat(bytes.subarray(0, rng.int(bytes.length + 1)), other.subarray(rng.int(other.length + 1))),
  'flip-bytes': (bytes, _, rng) => {
    const out = new Uint8Array(bytes);
    const flips = 1 + rng.int(Math.max(1, out.length / 200));
    for (let i = 0; i < flips && out.length; i++) out[rng.int(out.length)] ^= 1 << rng.int(8);
    return out;
  },
  'random-bytes-run': (bytes, _, rng) => {
    const out = new Uint8Array(bytes);
    const start = rng.int(out.length + 1);
    for (let i = start; i < Math.min(out.length, start + 4096); i++) out[i] = rng.int(256);
    return out;
  },
  'drop-tags': (bytes, _, rng) => fromLatin1(retag(latin1(bytes), rng, 0, 0.1 + rng.next() * 0.5)),
  'double-tags': (bytes, _, rng) => fromLatin1(retag(latin1(bytes), rng, 2, 0.1 + rng.next() * 0.5)),
  'repeat-block-1000': (bytes, _, rng) => {
    const text = latin1(bytes);
    // A paragraph of the page if it has one, else any 200 bytes of it.
    const blocks = [...text.matchAll(/<p\b[^>]*>[^<]{20,2000}<\/p>/gi)];
    const block = blocks.length ? blocks[rng.int(blocks.length)] : null;
    const start = block ? block.index : rng.int(Math.max(1, text.length - 200));
    const piece = block ? block[0] : text.slice(start, start + 200);
    return fromLatin1(text.slice(0, start) + piece.repeat(1000) + text.slice(start + piece.length));
  },
  'repeat-line-1000': (bytes, _, rng) => {
    const lines = latin1(bytes).split('\n');
    const i = rng.int(lines.length);
    lines.splice(i, 1, ...Array<string>(1000).fill(lines[i]));
    return fromLatin1(lines.join('\n'));
  },
  'remove-newlines': (bytes) => fromLatin1(latin1(bytes).replace(/\r?\n|\r/g, '')),
  'newlines-to-cr': (bytes) => fromLatin1(latin1(bytes).replace(/\r?\n/g, '\r')),
  'one-5mb-line': (bytes, _, rng) => {
    const text = latin1(bytes);
    // The page's longest stretch of text between tags or line ends, repeated to 5 MB on one line.
    const runs = [...text.matchAll(/[^<>\r\n]{40,}/g)];
    const run = runs.length ? runs[rng.int(runs.length)] : null;
    if (!run) return concat(bytes, new Uint8Array(5_000_000).fill(0x61));
    const line = `${run[0].trim()} `.repeat(Math.ceil(5_000_000 / (run[0].length + 1)));
    return fromLatin1(text.slice(0, run.index) + line + text.slice(run.index + run[0].length));
  },
  'utf16le-with-bom': (bytes) => new Uint8Array(Buffer.from(`\uFEFF${Buffer.from(bytes).toString('utf8')}`, 'utf16le')),
  'utf16le-no-bom': (bytes) => new Uint8Array(Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf16le')),
  'insert-nul-runs': (bytes, _, rng) => {
    const parts: Uint8Array[] = [];
    let at = 0;
    for (let i = 0; i < 20; i++) {
      const next = Math.min(bytes.length, at + rng.int(Math.max(1, bytes.length / 10)));
      parts.push(bytes.subarray(at, next), new Uint8Array(1 + rng.int(64)));
      at = next;
    }
    return concat(...parts, bytes.subarray(at));
  },
};

/** Which mutations a text seed gets (the tag mutations have nothing to act on there). */
export const TEXT_MUTATIONS = Object.keys(MUTATIONS).filter((m) => !m.endsWith('-tags') && m !== 'repeat-block-1000');
export const HTML_MUTATIONS = Object.keys(MUTATIONS).filter((m) => m !== 'repeat-line-1000');
