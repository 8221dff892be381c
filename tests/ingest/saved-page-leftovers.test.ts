/**
 * Saved pages in the shapes other tools write them: an MHTML whose page part is not its first
 * text/html part but the one its `start=` parameter names (RFC 2387: the root part, by Content-ID;
 * Chrome puts it first, other tools need not), and a page saved under a `.txt` name (an MHTML file
 * or an HTML document), which is read as the saved page it is, the report saying so, rather than
 * published as markup.
 */
import { describe, expect, it } from 'vitest';
import { readMimePage } from '../../scripts/ingest/lib/html/read/mime-message.ts';
import { article, rules } from './helpers.ts';
import { seedKindOf } from '../../scripts/ingest/seed-files.ts';

const CRLF = '\r\n';
const B = '----=_NextPart_000_0000_01DA';
const bytes = (s: string) => Buffer.from(s, 'latin1');
const utf8 = (b: Uint8Array) => Buffer.from(b).toString('utf8');
const P = 'The harbour council will test three tidal turbines on the seabed for two years, the town said on Friday in a statement.';
const P2 = 'Engineers will measure how much power the currents give, and the results will be shared with universities along the coast.';
const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tidal test site opens</title></head><body><article><h1>Tidal test site opens</h1><p>${P}</p><p>${P2}</p></article></body></html>`;
const FRAME = '<!DOCTYPE html><html><head><title>Advertisement</title></head><body><p>Buy a boat today, the best offers in town for every season.</p></body></html>';

const part = (headers: string[], body: string) => [...headers, '', body].join(CRLF) + CRLF;
const message = (start: string | null, parts: string[]) =>
  ['MIME-Version: 1.0', `Content-Type: multipart/related; type="text/html"; boundary="${B}"${start ? `; start="${start}"` : ''}`, '', ''].join(CRLF) +
  parts.map((p) => `--${B}${CRLF}${p}`).join('') +
  `--${B}--${CRLF}`;
const frame = part(['Content-Type: text/html; charset=utf-8', 'Content-ID: <frame@example>', 'Content-Location: https://ads.example.net/frame'], FRAME);
const root = part(['Content-Type: text/html; charset=utf-8', 'Content-ID: <root@example>', 'Content-Location: https://news.example.org/2024/05/06/tidal'], PAGE);

describe('MHTML start= parameter', () => {
  it('reads the part the start parameter names, wherever it is', () => {
    const page = readMimePage(bytes(message('<root@example>', [frame, root])));
    expect(utf8(page.bytes)).toBe(PAGE);
    expect(page.partHeaders.get('content-location')).toBe('https://news.example.org/2024/05/06/tidal');
  });

  it('reads the first text/html part without one, or when it names no part or none that is a page', () => {
    expect(utf8(readMimePage(bytes(message(null, [root, frame]))).bytes)).toBe(PAGE);
    expect(utf8(readMimePage(bytes(message('<nowhere@example>', [root, frame]))).bytes)).toBe(PAGE);
    const css = part(['Content-Type: text/css', 'Content-ID: <css@example>'], 'p { color: red }');
    expect(utf8(readMimePage(bytes(message('<css@example>', [css, root, frame]))).bytes)).toBe(PAGE);
  });

  it('tells the report which part it read', () => {
    expect(readMimePage(bytes(message('<root@example>', [frame, root]))).notes.join(' ')).toMatch(/start/);
  });
});

describe('a saved page under a .txt name', () => {
  it('an MHTML file is read as the saved page it is, and the report says so', () => {
    const { record, report, body } = article(message(null, [root]), 'tidal.txt');
    expect(record.title).toBe('Tidal test site opens');
    expect(body).toBe(`${P}\n${P2}`);
    expect(rules(report)).toContain('saved-page-as-text');
  });

  for (const [what, page] of [
    ['an HTML document', PAGE],
    ['an HTML document with leading blank lines and no doctype', `\n\n  ${PAGE.replace('<!DOCTYPE html>', '')}`],
  ]) {
    it(`${what} is read as the page it is, never as markup`, () => {
      const { record, report, body } = article(page, 'tidal.txt');
      expect(record.title).toBe('Tidal test site opens');
      expect(body).toBe(`${P}\n${P2}`);
      expect(body).not.toContain('<');
      expect(rules(report)).toContain('saved-page-as-text');
    });
  }

  it('a text that only mentions markup stays text', () => {
    const text = `Tidal test site opens\n\n${P}\n\nThe page said <html> was its first tag, and ${P2}\n`;
    const { report, body } = article(text, 'tidal.txt');
    expect(body).toContain('<html>');
    expect(rules(report)).not.toContain('saved-page-as-text');
  });
});

describe('saved-page extensions', () => {
  it('lists .xhtml and upper-case .HTML/.HTM files as saved pages, and reads an XHTML page', () => {
    expect(['a.xhtml', 'b.HTML', 'c.HTM', 'd.XHTML'].map(seedKindOf)).toEqual(['html', 'html', 'html', 'html']);
    const xhtml = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n${PAGE.replace('<!DOCTYPE html><html lang="en">', '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">').replace('<meta charset="utf-8">', '<meta charset="utf-8"/>')}`;
    const { record, body } = article(xhtml, 'tidal.xhtml');
    expect(record.title).toBe('Tidal test site opens');
    expect(body).toBe(`${P}\n${P2}`);
  });
});
