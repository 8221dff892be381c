/**
 * The MHTML reader (lib/html/read/mime-message.ts) and the saved page around it (lib/html/read/saved-page.ts) on
 * small messages written here byte for byte: the page part found and decoded as browsers write it, and
 * every hostile shape either read as a browser would or refused with a reason, never a crash or a hang.
 */
import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeQuotedPrintable, isMimeMessage, MAX_DEPTH, MimeError, readMimePage } from '../../scripts/ingest/lib/html/read/mime-message.ts';
import { readSavedPage, savedFromMark, webAddress } from '../../scripts/ingest/lib/html/read/saved-page.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const B = '----MultipartBoundary--abc----';
const CRLF = '\r\n';
const bytes = (s: string) => Buffer.from(s, 'latin1');
const utf8 = (b: Uint8Array) => Buffer.from(b).toString('utf8');

const top = (boundary = B, extra = '') =>
  [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://news.example.org/2024/05/06/story',
    'Subject: A story',
    'Date: Tue, 01 Dec 2026 10:00:00 GMT',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"${extra}`,
    '',
    '',
  ].join(CRLF);

const part = (headers: string[], body: string) => [...headers, '', body].join(CRLF) + CRLF;
const htmlPart = (body: string, encoding = 'quoted-printable', type = 'text/html', location = 'https://news.example.org/2024/05/06/story') =>
  part([`Content-Type: ${type}`, 'Content-ID: <frame-1@mhtml.blink>', `Content-Transfer-Encoding: ${encoding}`, `Content-Location: ${location}`], body);
const cssPart = part(['Content-Type: text/css', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: cid:css-1@mhtml.blink'], 'p { color: red; }');
const message = (parts: string[], boundary = B, close = true) => top(boundary) + parts.map((p) => `--${boundary}${CRLF}${p}`).join('') + (close ? `--${boundary}--${CRLF}` : '');

describe('MHTML: the page part', () => {
  it('finds the first text/html part and undoes quoted-printable: soft line breaks, =3D, UTF-8 bytes', () => {
    const body = '<html><head><meta charset=3D"utf-8"></head><body><p>Caf=C3=A9 au lait, a=\r\nnd more</p></body></html>';
    const page = readMimePage(bytes(message([htmlPart(body), cssPart])));
    expect(utf8(page.bytes)).toBe('<html><head><meta charset="utf-8"></head><body><p>Café au lait, and more</p></body></html>');
    expect(page.partHeaders.get('content-location')).toBe('https://news.example.org/2024/05/06/story');
    expect(page.headers.get('snapshot-content-location')).toBe('https://news.example.org/2024/05/06/story');
    expect(page.notes).toEqual([]);
  });

  it('reads a part after a style part, in base64, and with only LF line ends', () => {
    const html = '<p>Ünïcode page</p>';
    const b64 = Buffer.from(html, 'utf8').toString('base64').replace(/(.{8})/g, '$1\n');
    const lf = message([cssPart, htmlPart(b64, 'base64', 'text/html; charset="utf-8"')]).replaceAll('\r\n', '\n');
    const page = readMimePage(bytes(lf));
    expect(utf8(page.bytes)).toBe(html);
    expect(page.charset).toBe('utf-8');
  });

  it('reads a message whose lines end in a lone CR as one with CRLF, with a note: never as HTML with its headers for text', () => {
    const body = '<html><body><p>Caf=C3=A9 au lait, a=\r\nnd more</p></body></html>';
    const crOnly = bytes(message([cssPart, htmlPart(body)]).replaceAll('\r\n', '\r'));
    expect(isMimeMessage(crOnly)).toBe(true);
    const page = readMimePage(crOnly);
    expect(utf8(page.bytes)).toBe('<html><body><p>Café au lait, and more</p></body></html>');
    expect(page.partHeaders.get('content-location')).toBe('https://news.example.org/2024/05/06/story');
    expect(page.notes.join(' ')).toMatch(/lone CR/);
  });

  it('keeps the part\'s last line whole: the line break before the boundary belongs to the boundary', () => {
    const page = readMimePage(bytes(message([htmlPart('<p>one</p>\r\n<p>two</p>', '8bit')])));
    expect(utf8(page.bytes)).toBe('<p>one</p>\r\n<p>two</p>');
  });

  it('finds the page in a multipart nested in another', () => {
    const inner = '----inner';
    const nested = part([`Content-Type: multipart/alternative; boundary="${inner}"`], `--${inner}${CRLF}${part(['Content-Type: text/plain'], 'plain')}--${inner}${CRLF}${htmlPart('<p>nested page</p>', '7bit')}--${inner}--`);
    expect(utf8(readMimePage(bytes(message([cssPart, nested]))).bytes)).toBe('<p>nested page</p>');
  });

  it('reads a message whose Content-Type is text/html itself (one part, no multipart)', () => {
    const single = 'MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>one part =E2=80=94 only</p>';
    expect(isMimeMessage(bytes(single))).toBe(true);
    expect(utf8(readMimePage(bytes(single)).bytes)).toBe('<p>one part — only</p>');
  });

  it('does not take a longer boundary that starts like the message\'s for it', () => {
    const longer = part([`Content-Type: multipart/mixed; boundary="${B}x"`], `--${B}x${CRLF}${part(['Content-Type: text/plain'], 'no page')}--${B}x--`);
    expect(utf8(readMimePage(bytes(message([longer, htmlPart('<p>the page</p>', '7bit')]))).bytes)).toBe('<p>the page</p>');
  });
});

describe('MHTML: what is and what is not one', () => {
  it('tells MIME messages from HTML pages and text that starts like a header', () => {
    expect(isMimeMessage(bytes(message([htmlPart('<p>x</p>')])))).toBe(true);
    expect(isMimeMessage(bytes('<!DOCTYPE html><html><body><p>x</p></body></html>'))).toBe(false);
    expect(isMimeMessage(bytes('Title: a page\r\n\r\n<html><body>x</body></html>'))).toBe(false);
    expect(isMimeMessage(bytes('Content-Type: text/plain\r\n\r\nhello'))).toBe(false);
    expect(isMimeMessage(new Uint8Array())).toBe(false);
    // An editor's byte order mark before the headers.
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(message([htmlPart('<p>x</p>', '7bit')]))]);
    expect(isMimeMessage(withBom)).toBe(true);
    expect(utf8(readMimePage(withBom).bytes)).toBe('<p>x</p>');
  });
});

describe('MHTML: hostile messages', () => {
  it('a multipart with no html part: refused with a reason', () => {
    expect(() => readMimePage(bytes(message([cssPart])))).toThrow(MimeError);
    expect(() => readMimePage(bytes(message([cssPart])))).toThrow(/no text\/html part among its 1 part/);
  });

  it('a boundary never closed: the last part runs to the end of the file, with a note', () => {
    const page = readMimePage(bytes(message([htmlPart('<p>never closed</p>', '7bit')], B, false)));
    expect(utf8(page.bytes)).toBe('<p>never closed</p>\r\n');
    expect(page.notes.join()).toMatch(/never closed/);
  });

  it('a boundary that never opens a part, or no boundary at all, and no "--" line over a part: refused', () => {
    expect(() => readMimePage(bytes(top() + 'just text, no parts'))).toThrow(/never opens a part/);
    expect(() => readMimePage(bytes('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n<p>x</p>'))).toThrow(/no boundary/);
    // "--" lines, but none over a part's headers: a signature, a rule, a closing delimiter.
    const noPart = `-- \r\nJane Roe\r\n------\r\n<p>x</p>\r\n--${B}--\r\n`;
    expect(() => readMimePage(bytes(top('other') + noPart))).toThrow(/never opens a part, and no line starting with "--" stands over a part's headers/);
    expect(() => readMimePage(bytes(top().replace(/;\r\n\tboundary="[^"]*"/, '') + noPart))).toThrow(/no boundary/);
  });
});

describe("MHTML: a boundary missing or not the parts' own", () => {
  const withoutBoundary = (text: string) => text.replace(/;\r\n\tboundary="[^"]*"/, '');
  it('no boundary named: the parts are read by the "--" line over the first one, noted', () => {
    const page = readMimePage(bytes(withoutBoundary(message([cssPart, htmlPart('<p>Caf=C3=A9</p>')]))));
    expect(utf8(page.bytes)).toBe('<p>Café</p>');
    expect(page.notes.join()).toMatch(`a multipart/related with no boundary: its parts read by the line "--${B}"`);
  });
  it('a boundary named that no line opens: the parts\' own is read, noted', () => {
    const page = readMimePage(bytes(message([htmlPart('<p>x</p>', '7bit')]).replace(`boundary="${B}"`, 'boundary="rewritten-by-a-tool"')));
    expect(utf8(page.bytes)).toBe('<p>x</p>');
    expect(page.notes.join()).toMatch(/its boundary "rewritten-by-a-tool" never opens a part: its parts read by/);
  });
  it('a preamble with "--" lines that no part\'s headers follow, trailing spaces after the delimiter', () => {
    const body = `This is a multi-part message in MIME format.\r\n-- \r\n--not a part\r\njust words\r\n--${B}  \r\n${htmlPart('<p>y</p>', '7bit')}--${B}--\r\n`;
    expect(utf8(readMimePage(bytes(withoutBoundary(top()) + body)).bytes)).toBe('<p>y</p>');
  });
  it('a nested multipart with no boundary of its own', () => {
    const inner = part(['Content-Type: multipart/alternative'], `--inner${CRLF}${htmlPart('<p>nested</p>', '7bit')}--inner--`);
    expect(utf8(readMimePage(bytes(message([cssPart, inner]))).bytes)).toBe('<p>nested</p>');
  });
  it('CR-only line ends and no boundary', () => {
    expect(utf8(readMimePage(bytes(withoutBoundary(message([htmlPart('<p>z</p>', '7bit')])).replaceAll(CRLF, '\r'))).bytes)).toBe('<p>z</p>');
  });
  it('64 "--" lines before the first part are looked at, no more; 2 MB of them is read in linear time', () => {
    const dashes = Array.from({ length: 100_000 }, (_, i) => `--x${i}`).join(CRLF);
    const seconds = cpuSeconds(() => {
      expect(() => readMimePage(bytes(withoutBoundary(top()) + dashes + CRLF + `--${B}${CRLF}${htmlPart('<p>w</p>', '7bit')}`))).toThrow(/no boundary/);
    });
    expect(seconds).toBeLessThan(2);
  });

  it('broken quoted-printable (=ZZ, = at the end) is kept as written, with a note', () => {
    const notes: string[] = [];
    expect(utf8(decodeQuotedPrintable(bytes('a=ZZb =3d=4 c='), notes))).toBe('a=ZZb ==4 c=');
    expect(notes).toEqual(['3 broken quoted-printable escape(s) kept as written']);
    // A soft line break after trailing spaces, and lower-case hex.
    expect(utf8(decodeQuotedPrintable(bytes('ab=  \r\ncd=c3=a9')))).toBe('abcdé');
  });

  it('base64 with a little garbage skips it; base64 that is mostly garbage is refused', () => {
    const notes: string[] = [];
    expect(utf8(decodeBase64(bytes('PHA+aGVsbG8gd29y!bGQ8L3A+'), notes))).toBe('<p>hello world</p>');
    expect(notes).toEqual(['1 character(s) outside the base64 alphabet skipped']);
    expect(() => decodeBase64(bytes('<p>this is html, not base64 at all</p>'))).toThrow(/not base64/);
    expect(utf8(decodeBase64(bytes('YWI=')))).toBe('ab');
    expect(utf8(decodeBase64(bytes('YWJj\nZA')))).toBe('abcd');
  });

  it('a base64 page part that decodes to no markup (letters that only look like base64) is refused', () => {
    expect(() => readMimePage(bytes(message([htmlPart('ThisIsNotBase64ButLettersOnlyAndSoItDecodesToNoise', 'base64')])))).toThrow(/not base64 of a page/);
  });

  it('multiparts nested too deep: refused, not recursed without end', () => {
    let body = htmlPart('<p>deep</p>', '7bit');
    for (let i = 0; i < MAX_DEPTH + 2; i++) body = part([`Content-Type: multipart/related; boundary="b${i}"`], `--b${i}${CRLF}${body}--b${i}--`);
    const deep = 'MIME-Version: 1.0\r\n' + body;
    expect(() => readMimePage(bytes(deep))).toThrow(/nested more than/);
  });

  it('a part header with no blank line after it: its body starts at its first line that is no header', () => {
    const noBlank = ['Content-Type: text/html', 'Content-Transfer-Encoding: 7bit', '<p>body right after the headers</p>'].join(CRLF) + CRLF;
    const page = readMimePage(bytes(message([noBlank])));
    expect(utf8(page.bytes)).toBe('<p>body right after the headers</p>');
    expect(page.notes.join()).toMatch(/no blank line/);
  });

  it('a header line of 50 MB with no line end: no header, read in a moment', () => {
    const seconds = cpuSeconds(() => {
      const long = bytes(`Content-Type: multipart/related; boundary="${'x'.repeat(50_000_000)}`);
      expect(isMimeMessage(long)).toBe(false);
      expect(() => readMimePage(long)).toThrow(MimeError);
    });
    expect(seconds).toBeLessThan(2);
  });

  it('a part whose header block runs over 64 KB is not read, and the reason says so (not just "no text/html part")', () => {
    const padding = `X-Note: ${'n'.repeat(70_000)}`;
    const huge = part([padding, 'Content-Type: text/html', 'Content-Transfer-Encoding: 7bit'], '<p>the page</p>');
    expect(() => readMimePage(bytes(message([cssPart, huge])))).toThrow(/header block runs over 64 KB/);
    const many = part([...Array.from({ length: 2_000 }, (_, i) => `X-Note-${i}: ${'n'.repeat(40)}`), 'Content-Type: text/html'], '<p>the page</p>');
    expect(() => readMimePage(bytes(message([many])))).toThrow(/1 part's header block runs over 64 KB/);
    // A later page part with headers of a normal size is still found, the over-long one noted.
    const page = readMimePage(bytes(message([huge, htmlPart('<p>the second page</p>', '7bit')])));
    expect(utf8(page.bytes)).toBe('<p>the second page</p>');
    expect(page.notes.join()).toMatch(/header block runs over 64 KB/);
  });

  it('a message whose own header block runs over 64 KB: refused with that reason', () => {
    const long = top().replace('MIME-Version: 1.0', `MIME-Version: 1.0${CRLF}${Array.from({ length: 2_000 }, (_, i) => `X-Note-${i}: ${'n'.repeat(40)}`).join(CRLF)}`);
    expect(() => readMimePage(bytes(long + `--${B}${CRLF}${htmlPart('<p>x</p>', '7bit')}--${B}--`))).toThrow(/the message's header block runs over 64 KB/);
  });

  it('a transfer encoding no browser writes: refused', () => {
    expect(() => readMimePage(bytes(message([htmlPart('begin 644 x', 'x-uuencode')])))).toThrow(/transfer encoding "x-uuencode"/);
  });

  it('a 50 MB part is read in time linear in its size', () => {
    const big = '<p>' + 'Tidal power, measured. '.repeat(50 * 1024 * 1024 / 23) + '</p>';
    let page: ReturnType<typeof readMimePage> | undefined;
    const seconds = cpuSeconds(() => (page = readMimePage(bytes(message([htmlPart(big, '8bit')])))));
    expect(page!.bytes.length).toBe(big.length);
    expect(seconds).toBeLessThan(5);
  }, 60_000);

  it('a charset nobody knows leaves the bytes to the HTML path\'s own reading, with a note', () => {
    const saved = readSavedPage(bytes(message([htmlPart('<p>caf=C3=A9</p>', 'quoted-printable', 'text/html; charset=x-klingon')])));
    expect(utf8(saved.bytes)).toBe('<p>café</p>');
    expect(saved.mhtml).toMatch(/charset "x-klingon" is not one we know/);
  });
});

describe('the saved page: bytes and address', () => {
  it('re-encodes a part in another charset as UTF-8', () => {
    const saved = readSavedPage(bytes(message([htmlPart('<p>caf=E9 =80</p>', 'quoted-printable', 'text/html; charset=windows-1252')])));
    expect(utf8(saved.bytes)).toBe('<p>café €</p>');
  });

  it('takes the page part\'s Content-Location, else the file\'s Snapshot-Content-Location; only http(s)', () => {
    expect(readSavedPage(bytes(message([htmlPart('<p>x</p>', '7bit', 'text/html', 'https://a.example/2021/02/03/x')]))).address).toBe('https://a.example/2021/02/03/x');
    const cid = readSavedPage(bytes(message([htmlPart('<p>x</p>', '7bit', 'text/html', 'cid:frame-1@mhtml.blink')])));
    expect(cid.address).toBe('https://news.example.org/2024/05/06/story');
    expect(cid.addressEvidence).toMatch(/Snapshot-Content-Location/);
  });

  it('never reads the Date header (the day the page was saved)', () => {
    const saved = readSavedPage(bytes(message([htmlPart('<p>x</p>', '7bit')])));
    expect(JSON.stringify(saved)).not.toMatch(/2026|Dec/);
  });

  it('reads the "saved from url" mark at the top of an HTML file', () => {
    const page = '<!DOCTYPE html>\r\n<!-- saved from url=(0043)https://news.example.org/2023/07/08/story -->\r\n<html><body><p>x</p></body></html>';
    expect(savedFromMark(bytes(page))).toBe('https://news.example.org/2023/07/08/story');
    expect(readSavedPage(bytes(page))).toMatchObject({ address: 'https://news.example.org/2023/07/08/story', mhtml: null });
    expect(savedFromMark(bytes('<!-- saved from url=(0014)about:internet -->\n<html>'))).toBeNull();
    expect(savedFromMark(bytes(`<html>${' '.repeat(4096)}<!-- saved from url=(0020)https://late.example/ --></html>`))).toBeNull();
    expect(readSavedPage(bytes('<html><body>no mark</body></html>')).address).toBeNull();
  });

  it('takes as an address only an http(s) one without spaces or control characters', () => {
    expect(webAddress(' <https://a.example/x> ')).toBe('https://a.example/x');
    expect(webAddress('javascript:alert(1)')).toBeNull();
    expect(webAddress('https://a.example/x y')).toBeNull();
    expect(webAddress('https://')).toBeNull();
    expect(webAddress(`https://a.example/${'x'.repeat(3000)}`)).toBeNull();
  });
});
