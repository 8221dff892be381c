/**
 * A PDF printed from a site built without SITE_URL must not send its reader to the placeholder
 * domain (src/lib/urls/printed-address.ts). Chromium writes every link as the absolute address it
 * resolved (`/URI (https://example.org/articles/a/)`), and cannot be told otherwise, so after
 * printing each such address is rewritten relative to the PDF's own address (`../articles/a/`): a
 * PDF viewer resolves a relative URI against the document's location (PDF 1.7, 12.6.4.7), so the
 * link leads to the page on whatever host serves the PDF. Links to other sites stay as they are.
 *
 * Chromium (Skia) writes link annotations as plain objects with a classic cross-reference table.
 * A rewritten string changes length, so every object offset after it, and `startxref`, are moved by
 * the difference. A PDF in any other form is refused with a clear error rather than left pointing
 * at the placeholder or written broken; so is one with compressed object streams (PDF 1.5), whose
 * links this text search cannot see (it found none and returned the file as it was).
 *
 * Why not pdf-lib (measured on the seven briefings printed by Chromium 150): pdf-lib 1.17.1 reads
 * them (object streams too), rewrites the URI actions, keeps their text, title, tags and dates, and
 * saves the same bytes twice with `updateMetadata: false`; its object streams make the files 27-41%
 * smaller (135 KB to 80 KB). But nothing was released after 1.17.1 (24 MB installed; the maintained
 * fork @cantoo/pdf-lib 2.11 installs 32 MB and writes no object streams by default); it rewrites the
 * whole file, not the link strings (header PDF 1.7, every object moved, and briefing-pdf.ts's
 * pdfPageCount would no longer see packed /Page objects); and it took 14-139 ms a PDF (the fork
 * 18-204 ms) against 0.2-4 ms here. Chromium writes only the classic form, which this file handles.
 *
 *   relativePdfLinks(pdf, 'https://example.org', '/briefings/iter.pdf')
 */

/** `to` as a reference relative to the document at `from` (both paths from the root): `../articles/a/#p-3`. */
export function relativeReference(from: string, to: string): string {
  const fromDirs = from.split('/').slice(1, -1);
  const [toPath, rest = ''] = splitSuffix(to);
  const toParts = toPath.split('/').slice(1);
  let same = 0;
  while (same < fromDirs.length && same < toParts.length - 1 && fromDirs[same] === toParts[same]) same++;
  const ref = '../'.repeat(fromDirs.length - same) + toParts.slice(same).join('/');
  // An empty reference would mean the PDF itself; "./" is the folder it is in.
  return (ref === '' ? './' : ref) + rest;
}

const splitSuffix = (path: string): [string, string] => {
  const at = path.search(/[?#]/);
  return at < 0 ? [path, ''] : [path.slice(0, at), path.slice(at)];
};

/** A PDF literal string's characters (`\(`, `\)`, `\\` and octal escapes undone). */
const unescapePdf = (s: string) =>
  s.replace(/\\([0-7]{1,3}|[()\\nrtbf])/g, (_m, c: string) =>
    /^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c);
const escapePdf = (s: string) => s.replace(/[()\\]/g, '\\$&');

const URI = /\/URI\s*\(((?:[^()\\]|\\[\s\S])*)\)/g;

/** The PDF with each link to `origin` made relative to `pdfPath`; the same bytes when it has none. */
export function relativePdfLinks(pdf: Buffer, origin: string, pdfPath: string): Buffer {
  const text = pdf.toString('latin1');
  const edits: { at: number; length: number; text: string }[] = [];
  for (const m of text.matchAll(URI)) {
    const target = unescapePdf(m[1]);
    if (!URL.canParse(target) || new URL(target).origin !== origin) continue;
    const url = new URL(target);
    const at = m.index + m[0].length - m[1].length - 1;
    edits.push({ at, length: m[1].length, text: escapePdf(relativeReference(pdfPath, url.pathname + url.search + url.hash)) });
  }
  // A link packed in a compressed object stream is invisible to the search above: refuse the file.
  if (/\/Type\s*\/ObjStm\b/.test(text)) throw new Error('a PDF with compressed object streams: its links cannot be read, so those to the placeholder address cannot be rewritten');
  if (edits.length === 0) return pdf;

  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const xrefAt = start ? Number(start[1]) : -1;
  const table = xrefAt >= 0 ? /^xref\s+0 (\d+)\s+((?:\d{10} \d{5} [nf]\s{1,2})+)trailer/.exec(text.slice(xrefAt)) : null;
  if (!start || !table) throw new Error('a PDF without a classic cross-reference table: its links to the placeholder address cannot be rewritten');
  if (edits.some((e) => e.at > xrefAt)) throw new Error('a PDF with a link after its cross-reference table: its links cannot be rewritten');

  const shift = (offset: number) => edits.reduce((d, e) => (e.at < offset ? d + e.text.length - e.length : d), 0);
  const entries = table[2].replace(/(\d{10}) (\d{5}) n/g, (_m, offset: string, gen: string) =>
    `${String(Number(offset) + shift(Number(offset))).padStart(10, '0')} ${gen} n`);
  const tableStart = xrefAt + table[0].length - table[2].length - 'trailer'.length;

  let out = '';
  let from = 0;
  for (const e of edits) {
    out += text.slice(from, e.at) + e.text;
    from = e.at + e.length;
  }
  out += text.slice(from, tableStart) + entries + text.slice(tableStart + table[2].length, start.index);
  out += `startxref\n${xrefAt + shift(xrefAt)}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
