import { describe, expect, it } from 'vitest';
import { decode, detectEncoding } from '../../scripts/ingest/stages/decode.ts';
import { Report, SkipArticle } from '../../scripts/ingest/report.ts';

const run = (bytes: Uint8Array) => decode('f.txt', bytes, new Report('f.txt'));
const utf16le = (s: string, bom = true) => {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[(bom ? 2 : 0) + i * 2] = s.charCodeAt(i) & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const utf16be = (s: string) => {
  const le = utf16le(s, false);
  const out = new Uint8Array(2 + le.length);
  out.set([0xfe, 0xff]);
  for (let i = 0; i < le.length; i += 2) [out[2 + i], out[3 + i]] = [le[i + 1], le[i]];
  return out;
};
const skipReason = (bytes: Uint8Array) => {
  try {
    run(bytes);
  } catch (e) {
    if (e instanceof SkipArticle) return e.reason;
    throw e;
  }
  return null;
};

const TEXT = 'Café in Zürich — 中国科技部 “quoted” text.';

describe('decode', () => {
  it('reads UTF-8 with and without a byte order mark, keeping accents and Chinese', () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(run(plain)).toBe(TEXT);
    expect(run(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toBe(TEXT);
  });

  it('reads UTF-16 LE and BE by their byte order marks', () => {
    expect(run(utf16le(TEXT))).toBe(TEXT);
    expect(run(utf16be(TEXT))).toBe(TEXT);
  });

  it('recognises UTF-16 LE without a BOM by its NUL bytes, not as a binary file', () => {
    expect(detectEncoding(utf16le('Plain ASCII text in UTF-16', false)).encoding).toBe('utf-16le');
    expect(run(utf16le('Plain ASCII text in UTF-16', false))).toBe('Plain ASCII text in UTF-16');
  });

  it('reads Windows-1252 when the bytes are not UTF-8 (curly quotes, accents, euro)', () => {
    const bytes = new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35]); // “Café” €5
    const text = run(bytes);
    expect(text).toBe('“Café” €5');
    expect(text).not.toContain('\uFFFD');
  });

  it('normalises line ends, no-break spaces, zero-width characters and composes to NFC', () => {
    const text = run(new TextEncoder().encode('One\r\nTwo\rThree\u00a0four\u200b five e\u0301\uFEFF'));
    expect(text).toBe('One\nTwo\nThree four five é');
  });

  it('keeps the joiners a script or an emoji needs: ZWNJ in a Persian word, ZWJ after a virama, an emoji sequence', () => {
    const enc = (t: string) => new TextEncoder().encode(t);
    // "mi-khaham" (I want) is one word written with a zero-width non-joiner between its parts.
    expect(run(enc('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645\n'))).toBe('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645\n');
    // Devanagari: a consonant, the virama, ZWJ, the next consonant (the half form).
    expect(run(enc('\u0915\u094D\u200D\u0937\n'))).toBe('\u0915\u094D\u200D\u0937\n');
    // A family emoji: four emoji joined by ZWJ, one with a variation selector.
    expect(run(enc('\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u2764\uFE0F\n'))).toBe('\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u2764\uFE0F\n');
    // Between Latin letters, at a word's edge or beside a space they are scraping debris, removed as before.
    expect(run(enc('co\u200Doperation \u200Cstarts\u200C here\n'))).toBe('cooperation starts here\n');
  });

  it('reads a file whose lines end in U+2028 (line separator) and U+2029 (paragraph separator), as one with CR-only line ends', () => {
    const enc = (t: string) => new TextEncoder().encode(t);
    expect(run(enc('Harbour ferry timetable\u2029Ferries sail at six.\u2028Tickets cost four euros.\u2029'))).toBe('Harbour ferry timetable\n\nFerries sail at six.\nTickets cost four euros.\n\n');
    // In a text with line breaks, a separator is a break inside its line, left as it is.
    expect(run(enc('Harbour ferry timetable\n\nFerries sail at six,\u2028weather permitting.\n'))).toBe('Harbour ferry timetable\n\nFerries sail at six,\u2028weather permitting.\n');
    expect(run(enc('Harbour ferry timetable\r\rFerries sail at six.\rTickets cost four euros.\r'))).toBe('Harbour ferry timetable\n\nFerries sail at six.\nTickets cost four euros.\n');
  });

  it('repairs UTF-8 that was read as Windows-1252 once (mojibake)', () => {
    const mojibake = new TextEncoder().encode('China’s café – open'.replace('’', 'â€™').replace('é', 'Ã©').replace('–', 'â€“'));
    expect(run(mojibake)).toBe('China’s café – open');
    // Two such runs and nothing else outside ASCII may be a text quoting them (tests/ingest/mojibake-body.test.ts).
    expect(run(new TextEncoder().encode('Chinaâ€™s cafÃ©'))).toBe('Chinaâ€™s cafÃ©');
  });

  it('repairs UTF-8 that was read as Latin-1 (its C1 control characters are the bytes of ’, ✅ and –), not a binary file', () => {
    const original = 'TL;DR – Best alternatives by use case\n✅ Green checks mark what the platform does well, and it’s free.\n'.repeat(20);
    const latin1 = String.fromCharCode(...new TextEncoder().encode(original));
    expect(latin1).toMatch(/[\u0080-\u009f]/);
    expect(run(new TextEncoder().encode(latin1))).toBe(original);
    // A browser that copied the page's text turned one of its no-break spaces into a bare U+00A0.
    const copied = latin1.replace('use case', 'use\u00A0case');
    expect(run(new TextEncoder().encode(copied))).toBe(original);
  });

  it('removes replacement characters already in the file and reports them', () => {
    const report = new Report('f.txt');
    expect(decode('f.txt', new TextEncoder().encode('Bad \uFFFD char'), report)).toBe('Bad  char');
    expect(report.entries.map((e) => e.rule)).toContain('replacement-character');
  });

  it('skips empty, whitespace-only, binary and undecodable files with a reason', () => {
    expect(skipReason(new Uint8Array())).toMatch(/empty/);
    expect(skipReason(new TextEncoder().encode(' \n\t\r\n  \u00a0'))).toMatch(/whitespace/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0xff, 0x00, 0x13]);
    expect(skipReason(png)).toMatch(/binary/);
    const controls = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(skipReason(controls)).toMatch(/binary/);
    expect(skipReason(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]))).toMatch(/undecodable/); // lone surrogate
  });

  it('keeps UTF-8 when one byte is bad: only that byte becomes U+FFFD, reported by line and column', () => {
    const good = new TextEncoder().encode('“Quoted” line one.\nSecond “line” here');
    const bytes = new Uint8Array([...good.subarray(0, good.length - 4), 0xff, ...good.subarray(good.length - 4)]);
    const report = new Report('f.txt');
    const text = decode('f.txt', bytes, report);
    expect(text).toBe('“Quoted” line one.\nSecond “line” \uFFFDhere');
    const entry = report.entries.find((e) => e.rule === 'invalid-utf8');
    expect(entry?.detail).toContain('line 2, column 15');
    expect(report.entries.map((e) => e.rule)).not.toContain('encoding');
  });

  it('still reads a file that is not mostly UTF-8 as Windows-1252', () => {
    expect(detectEncoding(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x41, 0x94])).encoding).toBe('windows-1252');
  });

  it('refuses a PDF or Word file renamed .txt by its first bytes, saying to export it as text', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    expect(skipReason(pdf)).toMatch(/PDF.*export it as text/);
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...new TextEncoder().encode('[Content_Types].xml word/document.xml')]);
    expect(skipReason(docx)).toMatch(/Word.*export it as text/);
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x41, 0x42]);
    expect(skipReason(doc)).toMatch(/Word.*export it as text/);
  });
});
