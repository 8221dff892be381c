/**
 * Files that carry their own checksum: a first line `#sum1 <sha1 hex> <byte length>` before the
 * payload. Reading back checks both, so a truncated, half-written, zeroed or random file — or one of
 * the right length with the wrong bytes — is told apart from a good one, and the caller recomputes
 * instead of trusting it. (sha1 costs ~1 ms per MB: nothing next to making what the file holds.)
 */
import { createHash } from 'node:crypto';

const TAG = '#sum1 ';

export function seal(payload: string | Uint8Array): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  const header = `${TAG}${createHash('sha1').update(body).digest('hex')} ${body.length}\n`;
  return Buffer.concat([Buffer.from(header, 'latin1'), body]);
}

/** The payload, or a reason it cannot be trusted. */
export function unseal(bytes: Uint8Array): { payload: Buffer } | { error: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buffer.indexOf(10);
  const header = end > 0 && end < 80 ? buffer.toString('latin1', 0, end) : '';
  const m = /^#sum1 ([0-9a-f]{40}) (\d+)$/.exec(header);
  if (!m) return { error: buffer.length === 0 ? 'empty' : 'no checksum header' };
  const payload = buffer.subarray(end + 1);
  if (payload.length !== Number(m[2])) return { error: `${payload.length} bytes where ${m[2]} were written (truncated or appended to)` };
  if (createHash('sha1').update(payload).digest('hex') !== m[1]) return { error: 'checksum mismatch' };
  return { payload };
}
