/**
 * What a file really is, from its first bytes: a PDF, a Word or other office document, an archive or
 * an image saved with a .txt name is not text, whatever its name says. The ingest refuses those with
 * a reason that tells the user what to do (export the article as text, or save the page as HTML).
 */
import { gunzipSync } from 'node:zlib';

const GZIP_REASON = 'a gzip-compressed file (a .gz page), which is not read: unpack it (gunzip) into the seeds folder';
/** Unpacked this far at most to see that a gzip is whole: a page is far smaller; a bomb stops here. */
const GZIP_CHECK_BYTES = 64 << 20;

/** What to do with a page saved in a form that is not read (a web archive, a shortcut to it). */
export const SAVE_AS_PAGE = 'save the page as HTML (.html) or as one file (.mhtml: "Webpage, Single File")';

const SIGNATURES: { bytes: number[]; what: string; reason?: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF file' }, // %PDF-
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'a Microsoft Office file (Word .doc or similar)' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a Word .docx, an OpenDocument file or similar)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' }, // {\rtf
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive', reason: GZIP_REASON },
  // bplist00: Safari's .webarchive (the page and its pieces in one binary property list), or a shortcut.
  { bytes: [0x62, 0x70, 0x6c, 0x69, 0x73, 0x74, 0x30, 0x30], what: 'a binary property list', reason: `a Safari web archive (.webarchive) or other binary property list, which is not read: ${SAVE_AS_PAGE}` },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
];

/** Formats a reader finds after a few blank lines or a byte order mark too (a PDF's "%PDF-", RTF's "{\\rtf"). */
const AFTER_SPACE = new Set([0x25, 0x7b]);

/** "a PDF file" etc. when the bytes start like a known binary format; else null. */
export function binaryFormatOf(bytes: Uint8Array): string | null {
  return signatureOf(bytes)?.what ?? null;
}

function signatureOf(bytes: Uint8Array): (typeof SIGNATURES)[number] | null {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length && start < 1024 && (bytes[start] === 0x20 || (bytes[start] >= 0x09 && bytes[start] <= 0x0d))) start++;
  for (const signature of SIGNATURES) {
    const from = AFTER_SPACE.has(signature.bytes[0]) ? start : 0;
    if (bytes.length >= from + signature.bytes.length && signature.bytes.every((b, i) => bytes[from + i] === b)) return signature;
  }
  return null;
}

export const EXPORT_AS_TEXT = 'export it as text (.txt) or save the page as HTML';

/** The skip reason for a file in a binary format: what it is and what to do; null for none. */
export function binaryFileReason(bytes: Uint8Array): string | null {
  const signature = signatureOf(bytes);
  if (!signature) return null;
  if (signature.reason === GZIP_REASON) return gzipDamage(bytes) ?? GZIP_REASON;
  return signature.reason ?? `binary file (${signature.what}): ${EXPORT_AS_TEXT}`;
}

/** Whether the bytes open as a gzip does (a seed's are unpacked first: gzip-seed.ts). */
export const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Why a gzip cannot be unpacked (cut short, or its data damaged), or null when it unpacks (or is
 * larger than GZIP_CHECK_BYTES unpacked, as far as it was read): "unpack it" would only fail.
 */
export function gzipDamage(bytes: Uint8Array): string | null {
  try {
    gunzipSync(bytes, { maxOutputLength: GZIP_CHECK_BYTES });
    return null;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ERR_BUFFER_TOO_LARGE') return null;
    const how = code === 'Z_BUF_ERROR' ? 'cut short: it ends before its compressed data does' : `damaged: ${message}`;
    return `a gzip-compressed file (a .gz page), ${how}; it cannot be unpacked: copy or save the page again`;
  }
}
