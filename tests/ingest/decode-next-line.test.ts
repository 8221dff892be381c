/**
 * NEL, the "next line" control (U+0085): some converters (mainframe exports, old word processors) end
 * each line with it. Written as UTF-8 (C2 85) or UTF-16, it is a line end, not a sign of a binary file;
 * in a file written in a legacy single-byte encoding, the byte 0x85 alone is Windows-1252's "…".
 */
import { describe, expect, it } from 'vitest';
import { decode } from '../../scripts/ingest/stages/decode.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { article, rules } from './helpers.ts';

const TITLE = 'Harbour towns pool their tide gauge records';
const P1 = 'Seven harbour towns along the northern coast will share forty years of tide gauge readings with a university team, the regional council said on Friday.';
const P2 = 'The records, kept on paper until recently, will help engineers plan sea walls for the rising water levels expected over the coming decades.';
const LINES = [TITLE, '', '2023-05-19', '', P1, '', P2];
const run = (bytes: Uint8Array, report = new Report('f.txt')) => decode('f.txt', bytes, report);

describe('NEL (U+0085) as a line end', () => {
  it('reads a UTF-8 file whose lines end in NEL alone as lines, not as a binary file', () => {
    const report = new Report('f.txt');
    const text = run(new TextEncoder().encode(LINES.join('\u0085')), report);
    expect(text).toBe(LINES.join('\n'));
    expect(rules(report)).toContain('next-line');
  });

  it('reads a UTF-16 file whose lines end in NEL alone as lines', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINES.join('\u0085'), 'utf16le')]);
    expect(run(bytes)).toBe(LINES.join('\n'));
  });

  it('the whole article comes out with its headline and both paragraphs', () => {
    const { record, body } = article(new TextEncoder().encode(LINES.join('\u0085') + '\u0085'));
    expect(record.title).toBe(TITLE);
    expect(body).toContain(P1);
    expect(body).toContain(P2);
  });

  it('in a file that has line breaks, a NEL inside a line keeps its words apart (a space), however many there are', () => {
    const withBreaks = [TITLE, '', P1.replaceAll(' ', '\u0085'), '', P2].join('\n');
    const report = new Report('f.txt');
    expect(run(new TextEncoder().encode(withBreaks), report)).toBe([TITLE, '', P1, '', P2].join('\n'));
    expect(rules(report)).toContain('next-line');
  });

  it('a lone byte 0x85 in a legacy single-byte file is the ellipsis Windows-1252 gives it', () => {
    // Buffer's latin1 writes U+0085 as the single byte 0x85.
    const bytes = Buffer.from(['Caf\u00e9 owners wait\u0085', '', P1].join('\n'), 'latin1');
    const text = run(bytes);
    expect(text.split('\n')[0]).toBe('Caf\u00e9 owners wait\u2026');
  });

  it('a legacy file whose lines are separated by the byte 0x85 alone reads it as an ellipsis too, not as a binary file', () => {
    const bytes = Buffer.from(['Caf\u00e9 notes', P1, P2].join('\u0085'), 'latin1');
    expect(run(bytes)).toBe(['Caf\u00e9 notes', P1, P2].join('\u2026'));
  });
});
