/**
 * A `.txt` seed that is really a saved page: "Webpage, Single File" renamed (an MHTML message, by its
 * MIME headers) or an HTML document written under a text name (it opens with `<!DOCTYPE html>` or
 * `<html`). Read as text it would publish markup or quoted-printable as the article; read as the page
 * it is, it gives the article the page shows. Copied text never opens with those, so the test is on
 * the file's first characters only: a text that mentions `<html>` further down stays text.
 */
import { isMimeMessage } from './mime-message.ts';

const HTML_START = /^\s*(?:<!--[^]*?-->\s*)*(?:<!doctype\s+html\b|<html[\s>])/i;

/** What saved page the bytes are ("an MHTML message", "an HTML document"), or null for text. */
export function savedPageInText(bytes: Uint8Array): string | null {
  if (isMimeMessage(bytes)) return 'an MHTML message';
  return HTML_START.test(head(bytes)) ? 'an HTML document' : null;
}

/** The file's first kilobyte as text: UTF-16 by its byte order mark, else UTF-8 (ASCII is all the test reads). */
function head(bytes: Uint8Array): string {
  const first = bytes.subarray(0, 1024);
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le').decode(first);
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be').decode(first);
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(first);
}
