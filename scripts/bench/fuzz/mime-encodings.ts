/**
 * The transfer encodings a browser's single-file save (MHTML) writes its parts in, for fuzz seeds and
 * tests that make such files: quoted-printable as Chrome writes it (soft breaks at 76, each byte past
 * ASCII as =XX, CRLF line ends) and base64 in lines of 76.
 */
export function quotedPrintable(bytes: Buffer): string {
  const lines: string[] = [];
  let line = '';
  for (const b of bytes) {
    if (b === 0x0a) {
      lines.push(line);
      line = '';
      continue;
    }
    const c = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + c.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += c;
  }
  return [...lines, line].join('\r\n');
}

export const base64Lines = (bytes: Buffer) => bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
