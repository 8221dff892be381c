/**
 * seal (scripts/lib/checksummed.ts) encodes the payload straight into the file's buffer and hashes it
 * with the one-shot `hash`: these hold its bytes to the form it replaced (the payload as a Buffer,
 * hashed by a Hash object, concatenated after its header) on nasty and random strings and bytes
 * (lone surrogates, astral characters, empty, views into a larger buffer), and unseal to give the
 * payload back; the other one-shot hashes of the ingest (seed hashes, cache keys, shards) to give
 * what createHash gives.
 */
import { createHash, hash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seal, unseal } from '../../scripts/lib/checksummed.ts';
import { hashBytes } from '../../scripts/ingest/outcome.ts';
import { shardOf } from '../../scripts/ingest/jsonl.ts';

/** seal as it was written before: the reference. */
function sealedWithConcat(payload: string | Uint8Array): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  const header = `#sum1 ${createHash('sha1').update(body).digest('hex')} ${body.length}\n`;
  return Buffer.concat([Buffer.from(header, 'latin1'), body]);
}

let seed = 11;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
function randomText(): string {
  let s = '';
  const n = Math.floor(random() * 400);
  for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(random() * (random() < 0.6 ? 128 : 0x10000)));
  return s;
}

const NASTY_TEXT = ['', 'a', '\n', 'é', '\u{1F600}', '\uD800', '\uDC00x', 'x\uD800', '\u0000\u0000', '#sum1 ' + '0'.repeat(40) + ' 3\nabc', JSON.stringify({ text: 'ü'.repeat(40000) })];

describe('seal in one pass', () => {
  it('writes the bytes the concatenating form wrote, and unseal gives the payload back', () => {
    const inputs: (string | Uint8Array)[] = [...NASTY_TEXT];
    for (let i = 0; i < 500; i++) inputs.push(randomText());
    for (let i = 0; i < 100; i++) {
      const bytes = new Uint8Array(Math.floor(random() * 3000));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(random() * 256);
      inputs.push(bytes, bytes.subarray(Math.min(3, bytes.length), Math.max(3, bytes.length - 2)));
    }
    inputs.push(new Uint8Array(0), Buffer.from('pooled'), new Uint8Array(new ArrayBuffer(64), 8, 16));
    for (const input of inputs) {
      const sealed = seal(input);
      expect(sealed.equals(sealedWithConcat(input))).toBe(true);
      const back = unseal(sealed);
      expect('payload' in back && back.payload.equals(typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input))).toBe(true);
    }
  });

  it('still finds damage', () => {
    const sealed = seal('{"a":1}');
    expect(unseal(sealed.subarray(0, sealed.length - 1))).toHaveProperty('error');
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1] ^= 1;
    expect(unseal(flipped)).toEqual({ error: 'checksum mismatch' });
  });
});

describe('one-shot hashes', () => {
  it('give what createHash gives: seed bytes, shards, joined cache-key parts', () => {
    for (let i = 0; i < 300; i++) {
      const text = randomText();
      const bytes = Buffer.from(text, 'utf8');
      expect(hashBytes(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(shardOf(text)).toBe(String(createHash('sha1').update(text).digest()[0] % 64).padStart(2, '0') + '.jsonl');
      const [a, b, c] = [randomText(), i % 2 ? 'text' : '', randomText()];
      expect(hash('sha256', a + b + c, 'hex')).toBe(createHash('sha256').update(a).update(b).update(c).digest('hex'));
    }
  });
});
