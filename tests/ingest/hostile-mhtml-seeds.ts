/**
 * Hostile .mhtml/.mht seeds, by file name, and well-formed ones: for hostile-mhtml-cli.test.ts, and to
 * time each through the per-article stages on its own.
 */
const P = 'The harbour council will test three tidal turbines on the seabed for two years, the town said on Friday in a statement.';
const P2 = 'Engineers will measure how much power the currents give, and the results will be shared with universities along the coast.';
const B = '----MultipartBoundary--hostile----';
const CRLF = '\r\n';
const PAGE = `<!DOCTYPE html><html lang=3D"en"><head><meta charset=3D"utf-8"><title>Tidal test site opens</title></head><body><article><h1>Tidal test site opens</h1><p>${P}</p><p>${P2}</p></article></body></html>`;

const head = (boundary = B) =>
  ['From: <Saved by Blink>', 'Snapshot-Content-Location: https://news.example.org/energy/tidal', 'Subject: Tidal test site opens', 'Date: Tue, 01 Dec 2026 10:00:00 GMT', 'MIME-Version: 1.0', `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`, '', ''].join(CRLF);
const part = (headers: string[], body: string) => [...headers, '', body].join(CRLF) + CRLF;
const htmlPart = (body = PAGE, encoding = 'quoted-printable', type = 'text/html') => part([`Content-Type: ${type}`, `Content-Transfer-Encoding: ${encoding}`, 'Content-Location: https://news.example.org/energy/tidal'], body);
const message = (parts: string[], close = true) => head() + parts.map((p) => `--${B}${CRLF}${p}`).join('') + (close ? `--${B}--${CRLF}` : '');

export function hostileMhtmlSeeds(): Map<string, Uint8Array> {
  const enc = (s: string) => Buffer.from(s, 'latin1');
  const image = part(['Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-Location: https://news.example.org/big.png'], 'iVBORw0KGgoAAAANSUhEUgAA\r\n'.repeat(Math.ceil(50_000_000 / 26)));
  return new Map<string, Uint8Array>([
    ['ok.mhtml', enc(message([htmlPart()]))],
    ['ok-base64.mht', enc(message([htmlPart(Buffer.from(PAGE.replaceAll('=3D', '='), 'utf8').toString('base64'), 'base64')]))],
    ['no-html-part.mhtml', enc(message([part(['Content-Type: text/css'], 'p { color: red }')]))],
    ['unclosed-boundary.mhtml', enc(message([htmlPart()], false))],
    ['fifty-mb-image-first.mhtml', enc(message([image, htmlPart()]))],
    ['broken-qp.mhtml', enc(message([htmlPart(`${PAGE.replace('<p>', '<p>=ZZ')}=`)]))],
    ['base64-garbage.mhtml', enc(message([htmlPart(`<p>${P}</p>`, 'base64')]))],
    ['base64-letters.mhtml', enc(message([htmlPart(P.replace(/[^A-Za-z]/g, ''), 'base64')]))],
    ['unknown-charset.mhtml', enc(message([htmlPart(PAGE, 'quoted-printable', 'text/html; charset=x-no-such-charset')]))],
    ['nested.mhtml', enc(message([part(['Content-Type: multipart/alternative; boundary="inner"'], `--inner${CRLF}${htmlPart()}--inner--`)]))],
    ['no-blank-line.mhtml', enc(message([['Content-Type: text/html', 'Content-Transfer-Encoding: quoted-printable', PAGE].join(CRLF) + CRLF]))],
    ['no-boundary.mhtml', enc('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n' + PAGE)],
    ['empty-page-part.mhtml', enc(message([htmlPart('')]))],
    ['ten-thousand-parts.mhtml', enc(message([...Array<string>(10_000).fill(part(['Content-Type: text/css'], 'p { color: red }')), htmlPart()]))],
    // A Content-Length nobody reads (MIME parts end at their boundary), a quoted-printable escape cut at the part's end.
    ['lying-length.mhtml', enc(message([part(['Content-Type: text/html', 'Content-Transfer-Encoding: quoted-printable', 'Content-Length: 12'], PAGE)]))],
    ['qp-cut-mid-escape.mhtml', enc(message([htmlPart(`${PAGE}=E2=8`)]))],
    ['cr-only.mhtml', enc(message([htmlPart()]).replaceAll(CRLF, '\r'))],
    // Not MIME at all despite the name: read as the HTML it is.
    ['plain-html.mhtml', enc(PAGE.replaceAll('=3D', '='))],
  ]);
}
