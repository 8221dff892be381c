/**
 * A briefing's PDF, built without SITE_URL, links to the site's pages relative to itself, never to
 * the placeholder domain; the file stays a valid PDF (every cross-reference offset still lands on
 * its object) and links to other sites are left alone.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { relativePdfLinks, relativeReference } from '../../scripts/lib/pdf-links.ts';
import { knowsOrigin, printedAddress } from '../../src/lib/urls/printed-address.ts';

/** A small PDF as Chromium writes one: plain objects, a classic cross-reference table. */
function pdfWithLinks(uris: string[]): Buffer {
  const objects = [
    '<</Type /Catalog /Pages 2 0 R>>',
    '<</Type /Pages /Kids [] /Count 0>>',
    ...uris.map((u) => `<</Type /Annot /Subtype /Link\n/A <</Type /Action\n/S /URI\n/URI (${u})>>>>`),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<</Size ${objects.length + 1}\n/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Every object where the table says it is, and the table where startxref says it is. */
function expectValid(pdf: Buffer): void {
  const text = pdf.toString('latin1');
  const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
  expect(text.slice(xref, xref + 4)).toBe('xref');
  const entries = [...text.slice(xref).matchAll(/(\d{10}) \d{5} n/g)].map((m) => Number(m[1]));
  entries.forEach((offset, i) => expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
}

const uris = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);

describe('links in a PDF of a site built without its address', () => {
  it('point to the pages relative to the PDF, and to other sites as they were', () => {
    const pdf = pdfWithLinks([
      'https://example.org/articles/harbor-post-visit/',
      'https://harbor-post.example.net/story/1',
      'https://example.org/articles/ann-lee-talk/#p-3',
    ]);
    const out = relativePdfLinks(pdf, 'https://example.org', '/briefings/all.pdf');
    expect(uris(out)).toEqual(['../articles/harbor-post-visit/', 'https://harbor-post.example.net/story/1', '../articles/ann-lee-talk/#p-3']);
    expectValid(pdfWithLinks([]));
    expectValid(out);
  });

  it('keeps the base path out of the reference and resolves back to the page', () => {
    const out = relativePdfLinks(pdfWithLinks(['https://example.org/sub/topics/fusion/']), 'https://example.org', '/sub/briefings/fusion.pdf');
    expect(uris(out)).toEqual(['../topics/fusion/']);
    expect(new URL(uris(out)[0], 'https://any.example/sub/briefings/fusion.pdf').pathname).toBe('/sub/topics/fusion/');
    expectValid(out);
  });

  it('leaves a PDF with no such link byte for byte', () => {
    const pdf = pdfWithLinks(['https://harbor-post.example.net/']);
    expect(relativePdfLinks(pdf, 'https://example.org', '/briefings/all.pdf').equals(pdf)).toBe(true);
  });

  it('refuses, with a clear error, a PDF whose cross-references it cannot follow', () => {
    const pdf = Buffer.from(pdfWithLinks(['https://example.org/a/']).toString('latin1').replace(/startxref\n\d+/, 'startxref\n1'), 'latin1');
    expect(() => relativePdfLinks(pdf, 'https://example.org', '/briefings/all.pdf')).toThrow(/cross-reference/);
  });

  it('refuses, with a clear error, a PDF whose objects are packed in compressed object streams (its links cannot be read)', () => {
    // What other PDF writers make (PDF 1.5 object streams): the link annotation is deflated inside a stream.
    const packed = deflateSync(Buffer.from('3 0 <</Type /Annot /Subtype /Link /A <</S /URI /URI (https://example.org/articles/a/)>>>>', 'latin1'));
    const pdf = Buffer.from(pdfWithLinks([]).toString('latin1').replace('%PDF-1.4\n', `%PDF-1.5\n9 0 obj\n<</Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${packed.length}>>\nstream\n${packed.toString('latin1')}\nendstream\nendobj\n`), 'latin1');
    expect(() => relativePdfLinks(pdf, 'https://example.org', '/briefings/all.pdf')).toThrow(/object streams/);
  });

  it('writes references that resolve to their target from any folder', () => {
    for (const [from, to] of [['/briefings/all.pdf', '/articles/a/'], ['/briefings/all.pdf', '/briefings/iter.pdf'], ['/a/b/c.pdf', '/'], ['/x.pdf', '/y/#z'], ['/briefings/all.pdf', '/briefings/']]) {
      const ref = relativeReference(from, to);
      expect(ref, `${from} → ${to}`).not.toMatch(/^\//);
      expect(new URL(ref, `https://any.example${from}`).href, `${from} → ${to}`).toBe(`https://any.example${to}`);
    }
  });
});

describe('the address printed for a page of the site', () => {
  it('is the path when the site was built without its address, the absolute address when it was', () => {
    expect(knowsOrigin(new URL('https://example.org/'))).toBe(false);
    expect(printedAddress('/sub/articles/a/#p-3', new URL('https://example.org/sub/'))).toBe('/sub/articles/a/#p-3');
    expect(printedAddress('/sub/articles/a/#p-3', new URL('https://news.example.net/sub/'))).toBe('https://news.example.net/sub/articles/a/#p-3');
    expect(printedAddress('/a/', undefined)).toBe('/a/');
  });
});
