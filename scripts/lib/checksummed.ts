/**
 * Files that carry their own checksum: a first line `#sum1 <sha1 hex> <byte length>` before the
 * payload. Reading back checks both, so a truncated, half-written, zeroed or random file — or one of
 * the right length with the wrong bytes — is told apart from a good one, and the caller recomputes
 * instead of trusting it. (sha1 costs ~1 ms per MB: nothing next to making what the file holds.)
 *
 * Every cache entry of a cold run is sealed (10,000 at 10,000 seeds): the payload is encoded once,
 * straight into the file's buffer after room for its header, and hashed with the one-shot `hash`
 * (no Hash object, no second buffer to concatenate).
 */
import { hash } from 'node:crypto';

const TAG = '#sum1 ';
/** `#sum1 ` + 40 hex digits + a space: the header before the length's digits. */
const HEAD = TAG.length + 40 + 1;

export function seal(payload: string | Uint8Array): Buffer {
  const length = typeof payload === 'string' ? Buffer.byteLength(payload, 'utf8') : payload.byteLength;
  const lengthDigits = String(length);
  const start = HEAD + lengthDigits.length + 1;
  const sealed = Buffer.allocUnsafeSlow(start + length);
  const body = sealed.subarray(start);
  if (typeof payload === 'string') body.write(payload, 'utf8');
  else body.set(payload);
  sealed.write(`${TAG}${hash('sha1', body, 'hex')} ${lengthDigits}\n`, 0, 'latin1');
  return sealed;
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
  if (hash('sha1', payload, 'hex') !== m[1]) return { error: 'checksum mismatch' };
  return { payload };
}
