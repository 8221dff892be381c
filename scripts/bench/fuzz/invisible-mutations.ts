/**
 * Mutations of a UTF-8 text seed that change nothing its reader sees: CRLF line ends, a byte order
 * mark, a directional mark after each sentence's stop (as right-to-left pages write them), each line
 * in a first-strong isolate (as `dir="auto"` copies). The article read from the mutated seed must be
 * the unmutated seed's once those marks are taken out of both (runner.ts compares, `sameText`).
 */
import type { Mutation } from './mutations.ts';

const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (s: string) => new TextEncoder().encode(s);

export const INVISIBLE_MUTATIONS: Record<string, Mutation> = {
  'crlf-line-ends': (bytes) => bytesOf(utf8(bytes).replace(/\r?\n/g, '\r\n')),
  'byte-order-mark': (bytes) => bytesOf(`\ufeff${utf8(bytes)}`),
  'directional-mark-after-stops': (bytes, _, rng) => {
    const mark = rng.next() < 0.5 ? '\u200f' : '\u200e';
    return bytesOf(utf8(bytes).replace(/([.!?])(?=[ \n]|$)/g, `$1${mark}`));
  },
  'lines-in-isolates': (bytes) => bytesOf(utf8(bytes).replace(/^(.+)$/gm, '\u2068$1\u2069')),
};

/** What a reader does not see of a text: the marks above and carriage returns. */
export const withoutInvisible = (s: string) => s.replace(/[\r\ufeff\u200e\u200f\u2068\u2069]/g, '');
