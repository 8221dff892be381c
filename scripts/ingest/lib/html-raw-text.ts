/**
 * A saved page is about half scripts and styles, which no reader sees and the prune pass throws away.
 * Cutting them out of the bytes before decoding saves decoding them to a string and tokenising them
 * character by character. Only what the HTML parser itself would treat as a script or style element
 * goes: `<script`/`<style` (either case) followed by a space, `/` or `>`, outside comments, up to the
 * matching end tag; JSON-LD scripts stay for the metadata. Anything unusual (no end tag, a quote
 * left open in the start tag) stops the cutting, and the parser reads the rest as before.
 *
 * Only for encodings where "<" is always the byte 0x3C and never part of a multi-byte character:
 * UTF-8, the single-byte code pages and the legacy East Asian encodings (their trail bytes are
 * ≥ 0x40). UTF-16 and the stateful ISO-2022 family are left alone.
 */

const LT = 0x3c;
const GT = 0x3e;

export function cutsScriptsSafely(encoding: string): boolean {
  return !/^utf-16|^iso-2022|^replacement$/.test(encoding);
}

const isNameEnd = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x2f || b === GT;

const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/** Whether bytes[at..] spells `word` (lowercase ASCII) in either case. */
function spells(bytes: Uint8Array, at: number, word: string): boolean {
  if (at + word.length > bytes.length) return false;
  for (let i = 0; i < word.length; i++) if (lower(bytes[at + i]) !== word.charCodeAt(i)) return false;
  return true;
}

/** The end of a start tag that opens at `from` (the index after its ">"), quotes respected; -1 if none. */
function startTagEnd(bytes: Uint8Array, from: number): number {
  let quote = 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i];
    if (quote) {
      if (b === quote) quote = 0;
    } else if (b === 0x22 || b === 0x27) quote = b;
    else if (b === GT) return i + 1;
  }
  return -1;
}

/** The index after the end tag `</name ...>` at or after `from`; -1 if none. */
function endTagEnd(bytes: Uint8Array, from: number, name: string): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let at = buffer.indexOf('</', from); at !== -1; at = buffer.indexOf('</', at + 2)) {
    if (spells(bytes, at + 2, name) && isNameEnd(bytes[at + 2 + name.length])) {
      const end = buffer.indexOf(GT, at + 2 + name.length);
      return end === -1 ? -1 : end + 1;
    }
  }
  return -1;
}

export function withoutScriptsAndStyles(bytes: Uint8Array): Uint8Array {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const kept: Uint8Array[] = [];
  let copied = 0;
  let at = buffer.indexOf(LT);
  while (at !== -1 && at < bytes.length) {
    if (spells(bytes, at, '<!--')) {
      const end = buffer.indexOf('-->', at + 4);
      if (end === -1) break;
      at = buffer.indexOf(LT, end + 3);
      continue;
    }
    const name = spells(bytes, at + 1, 'script') ? 'script' : spells(bytes, at + 1, 'style') ? 'style' : null;
    if (!name || !isNameEnd(bytes[at + 1 + name.length])) {
      at = buffer.indexOf(LT, at + 1);
      continue;
    }
    const openEnd = startTagEnd(bytes, at + 1 + name.length);
    if (openEnd === -1) break;
    const closeEnd = endTagEnd(bytes, openEnd, name);
    if (closeEnd === -1) break;
    if (name === 'script' && /ld\+json/i.test(buffer.toString('latin1', at, openEnd))) {
      at = buffer.indexOf(LT, closeEnd);
      continue;
    }
    kept.push(bytes.subarray(copied, at));
    copied = closeEnd;
    at = buffer.indexOf(LT, closeEnd);
  }
  if (copied === 0) return bytes;
  kept.push(bytes.subarray(copied));
  return Buffer.concat(kept);
}
